package nl.leerbudget.rights;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of the explanation of a right, in Dutch at language level B1.
 *
 * @param rule the stable id of the rule that wrote the line, such as {@code regressive.floor}
 * @param depth 0 for a main line, 1 for a detail of the line above it
 * @param text the sentence the person reads
 * @param source where a figure in the line comes from, for those who check; null when the line has none
 */
public record TraceLine(
        String rule, int depth, String text, @Nullable String source) {

    private static final Pattern RULE = Pattern.compile("[a-z]+(\\.[a-z-]+)*");

    public TraceLine {
        if (!RULE.matcher(rule).matches()) {
            throw new IllegalArgumentException("a rule id is lower-case words separated by dots: " + rule);
        }
        if (depth < 0 || depth > 1) {
            throw new IllegalArgumentException("a trace line is a main line (0) or a detail (1)");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("a trace line has text");
        }
    }
}
