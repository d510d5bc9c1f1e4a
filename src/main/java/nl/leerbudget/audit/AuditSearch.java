package nl.leerbudget.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an auditor looks for in the trail: parts of the actor, the action and the subject (case does not matter), a
 * period of whole days in Dutch time (both ends included), and a page. An empty field does not filter.
 */
public record AuditSearch(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String subject,
        @Nullable LocalDate from,
        @Nullable LocalDate until,
        int page,
        int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    public AuditSearch {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subject = blankToNull(subject);
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 1, pageSize from 1 to " + MAX_PAGE_SIZE);
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it begins");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
