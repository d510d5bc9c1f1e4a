package nl.leerbudget.rights;

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

    public TraceLine {
        if (!isRuleId(rule)) {
            throw new IllegalArgumentException("a rule id is lower-case words separated by dots: " + rule);
        }
        if (depth < 0 || depth > 1) {
            throw new IllegalArgumentException("a trace line is a main line (0) or a detail (1)");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("a trace line has text");
        }
    }

    /**
     * Lower-case words separated by dots ({@code [a-z]+(\.[a-z-]+)*}), checked by hand: every person's explanation
     * has a dozen lines, and the national batch words millions.
     */
    private static boolean isRuleId(String rule) {
        boolean first = true;
        int wordLength = 0;
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (c == '.') {
                if (wordLength == 0) {
                    return false;
                }
                first = false;
                wordLength = 0;
            } else if ((c >= 'a' && c <= 'z') || (c == '-' && !first)) {
                wordLength++;
            } else {
                return false;
            }
        }
        return wordLength > 0;
    }
}
