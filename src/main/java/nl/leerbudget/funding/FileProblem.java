package nl.leerbudget.funding;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bad line of a file: its number (the header is line 1, as a spreadsheet shows it; 0 for the file as a whole),
 * the rule it breaks, and what was found, in Dutch.
 */
public record FileProblem(
        int line, FundingRule rule, @Nullable String found) {

    public FileProblem {
        Objects.requireNonNull(rule, "rule");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative");
        }
    }

    /** The reason with what was found, in one sentence or two. */
    public String text() {
        return found == null ? rule.reason() : rule.reason() + " " + found;
    }
}
