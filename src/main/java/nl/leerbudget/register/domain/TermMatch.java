package nl.leerbudget.register.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which terms an entry must have: one of each group. A plain search has one term per group; when it finds nothing and
 * its last word is long enough, the last group becomes every stored term that starts with that word.
 */
public record TermMatch(List<List<String>> groups) {

    public static final TermMatch EVERYTHING = new TermMatch(List.of());

    public TermMatch {
        groups = groups.stream().map(List::copyOf).toList();
        if (groups.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a group of terms is never empty");
        }
    }

    /** Every term of the query exactly. */
    public static TermMatch exactly(TextQuery text) {
        return new TermMatch(text.terms().stream().map(List::of).toList());
    }

    /** The query's terms, the last one replaced by any of {@code lastTerms}. */
    public static TermMatch withLast(TextQuery text, List<String> lastTerms) {
        List<List<String>> groups = new ArrayList<>(exactly(text).groups());
        groups.set(groups.size() - 1, lastTerms);
        return new TermMatch(groups);
    }

    public boolean isEverything() {
        return groups.isEmpty();
    }
}
