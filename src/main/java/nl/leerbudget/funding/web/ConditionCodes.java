package nl.leerbudget.funding.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The codes of the conditions on level, occupation and provider, as a funder writes them in a form field or an API
 * parameter: separated by commas (or semicolons), spaces around them ignored. Each reader answers the codes, or empty
 * when one of them is not a code of its kind.
 */
final class ConditionCodes {

    private static final Pattern LEVEL = Pattern.compile("[1-8]");
    private static final Pattern ISCO = Pattern.compile("[0-9]{1,4}");
    private static final Pattern KVK = Pattern.compile("[0-9]{8}");

    private ConditionCodes() {}

    /** NLQF levels 1 to 8. */
    static Optional<Set<Integer>> levels(@Nullable List<String> values) {
        Set<Integer> levels = new TreeSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String code : codes(value)) {
                if (!LEVEL.matcher(code).matches()) {
                    return Optional.empty();
                }
                levels.add(Integer.valueOf(code));
            }
        }
        return Optional.of(levels);
    }

    /** ISCO-08 codes of 1 to 4 digits. */
    static Optional<Set<String>> occupations(@Nullable String value) {
        return read(value, ISCO);
    }

    /** KvK numbers of 8 digits. */
    static Optional<Set<String>> providers(@Nullable String value) {
        return read(value, KVK);
    }

    private static Optional<Set<String>> read(@Nullable String value, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        for (String code : codes(value)) {
            if (!pattern.matcher(code).matches()) {
                return Optional.empty();
            }
            found.add(code);
        }
        return Optional.of(found);
    }

    private static List<String> codes(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split("[,;]"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }
}
