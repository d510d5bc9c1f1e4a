package nl.leerbudget.platform.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Queries with an {@code IN (:ids)} list over many ids, a chunk of ids per query. */
public final class InLists {

    /** Ids per IN list: well below every driver's parameter limit, large enough to keep round trips few. */
    public static final int CHUNK = 500;

    private InLists() {}

    /** Runs a query per chunk of ids, in the order given, and concatenates the results. */
    public static <I, R> List<R> chunked(Collection<I> ids, Function<List<I>, List<R>> query) {
        List<I> all = List.copyOf(ids);
        List<R> result = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            result.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return result;
    }
}
