package nl.leerbudget.shared;

import java.util.List;

/** One page of a longer list. Pages count from 1. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {

    public Page {
        items = List.copyOf(items);
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and pageSize start at 1");
        }
    }

    public int offset() {
        return Math.multiplyExact(page - 1, pageSize);
    }

    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }
}
