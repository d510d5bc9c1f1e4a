package nl.leerbudget.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.leerbudget.shared.Page;

/** Paging parameters ({@code page} from 1, {@code pageSize} 1 to 100) and the paged response body. */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {}

    public static void check(int page, int pageSize) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 1 || page > 1_000_000) {
            violations.add(new FieldViolation("page", "range", "must be between 1 and 1000000"));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            violations.add(new FieldViolation("pageSize", "range", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
    }

    public record Body<T>(List<T> items, int page, int pageSize, long totalItems, long totalPages) {}

    public static <S, T> Body<T> body(Page<S> page, Function<S, T> mapping) {
        return new Body<>(
                page.items().stream().map(mapping).toList(), page.page(), page.pageSize(), page.total(), page.pages());
    }
}
