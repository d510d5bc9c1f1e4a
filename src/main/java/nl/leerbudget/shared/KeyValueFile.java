package nl.leerbudget.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A data file of {@code key = value} lines and {@code #} comment lines, as rights policies and voucher schemes are
 * written. Reading collects every problem with its line number instead of stopping at the first: an unknown key, a
 * key given twice, a line without {@code =}, an empty value, a missing required key, a value its parser refuses, a
 * key that does not belong with the others. The readers of the files build their records from it and report
 * {@link #problems()} in one go.
 */
public final class KeyValueFile {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    private record Entry(String value, int line) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private KeyValueFile() {}

    /** Reads the lines of {@code text}; keys other than {@code known} are problems. */
    public static KeyValueFile read(String text, Collection<String> known) {
        KeyValueFile file = new KeyValueFile();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                file.problems.add("line " + number + ": expected 'key = value', got '" + line + "'");
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            Entry earlier = file.entries.get(key);
            if (!known.contains(key)) {
                file.problems.add("line " + number + ": unknown key '" + key + "'");
            } else if (earlier != null) {
                file.problems.add(
                        "line " + number + ": '" + key + "' is given twice (first on line " + earlier.line() + ")");
            } else if (value.isEmpty()) {
                file.problems.add("line " + number + ": '" + key + "' has no value");
            } else {
                file.entries.put(key, new Entry(value, number));
            }
        }
        return file;
    }

    /** The value of a key that must be there, parsed; null (and a problem) when it is missing or refused. */
    public <T> @Nullable T required(String key, Function<String, T> parse) {
        if (!entries.containsKey(key)) {
            problems.add("'" + key + "' is missing");
            return null;
        }
        return optional(key, parse);
    }

    /** The value of a key that may be absent, parsed; null when absent, or (with a problem) when refused. */
    public <T> @Nullable T optional(String key, Function<String, T> parse) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        try {
            return parse.apply(entry.value());
        } catch (IllegalArgumentException e) {
            problems.add("line " + entry.line() + ": '" + key + "': " + e.getMessage());
            return null;
        }
    }

    /** A problem for each of {@code keys} that is given although it belongs only to {@code owner}. */
    public void refuse(Collection<String> keys, String owner) {
        for (String key : keys) {
            Entry entry = entries.get(key);
            if (entry != null) {
                problems.add("line " + entry.line() + ": '" + key + "' belongs to " + owner);
            }
        }
    }

    /** A problem of the file as a whole, such as a record that refuses the values together. */
    public void problem(String text) {
        problems.add(text);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    // ---------------------------------------------------------------- values both kinds of file use

    public static String id(String value) {
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "expected 1 to 64 lower-case letters, digits, '.' or '-', starting with a"
                            + " letter or digit, got '" + value + "'");
        }
        return value;
    }

    public static String oneOf(String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            throw new IllegalArgumentException("expected " + String.join(" or ", allowed) + ", got '" + value + "'");
        }
        return value;
    }

    public static Boolean yesNo(String value) {
        return oneOf(value, "yes", "no").equals("yes");
    }

    public static int integer(String value) {
        if (!value.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("expected a whole number, got '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    public static Integer positive(String value) {
        int number = integer(value);
        if (number < 1) {
            throw new IllegalArgumentException("expected a number from 1 on, got '" + value + "'");
        }
        return number;
    }

    public static Integer age(String value) {
        int number = integer(value);
        if (number > 80) {
            throw new IllegalArgumentException("expected an age of 0 to 80 years, got '" + value + "'");
        }
        return number;
    }

    public static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date as yyyy-mm-dd, got '" + value + "'", e);
        }
    }

    /** A comma-separated list, each item stripped. */
    public static List<String> items(String value) {
        return Arrays.stream(value.split(",", -1)).map(String::strip).toList();
    }

    /** Offering types by name, comma-separated; {@code all} is the empty set (no restriction). */
    public static Set<OfferingType> offeringTypes(String value) {
        if (value.equals("all")) {
            return Set.of();
        }
        Set<OfferingType> types = EnumSet.noneOf(OfferingType.class);
        for (String item : items(value)) {
            try {
                types.add(OfferingType.valueOf(item));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown offering type '" + item + "' (known: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(OfferingType.values())
                                                .map(Enum::name)
                                                .toList())
                                + ", or 'all')",
                        e);
            }
        }
        return types;
    }
}
