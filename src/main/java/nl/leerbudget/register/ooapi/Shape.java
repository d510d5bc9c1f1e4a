package nl.leerbudget.register.ooapi;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The part of JSON Schema (as OpenAPI 3.0 uses it) that the OOAPI v5 objects need: strings with a format, pattern,
 * length or (extensible) enumeration, numbers, booleans, arrays, objects with required and optional properties,
 * and references that are either a UUID or the expanded object. A property set to {@code null} counts as absent.
 */
sealed interface Shape {

    /** Adds a violation for every way {@code value} (never null, never JSON null) does not fit. */
    void check(JsonNode value, String path, Violations violations);

    static Text text() {
        return new Text(Format.NONE, List.of(), List.of(), null, 0, Integer.MAX_VALUE);
    }

    static Text uuid() {
        return text().format(Format.UUID);
    }

    static Text date() {
        return text().format(Format.DATE);
    }

    static Text uri() {
        return text().format(Format.URI).length(0, 2048);
    }

    static Text oneOf(String... values) {
        return new Text(Format.NONE, List.of(values), List.of(), null, 0, Integer.MAX_VALUE);
    }

    /** An OOAPI extensible enumeration: the predefined values, or a custom value (which should start with "x-"). */
    static Text extensible(String... values) {
        return new Text(Format.NONE, List.of(), List.of(values), null, 0, Integer.MAX_VALUE);
    }

    static Numeric number() {
        return new Numeric(false, null);
    }

    /** A number with format int32 and minimum 0, as the OOAPI student counts are. */
    static Numeric count() {
        return new Numeric(true, BigDecimal.ZERO);
    }

    static Shape bool() {
        return Bool.INSTANCE;
    }

    static Shape array(Shape items, int minItems) {
        return new ArrayOf(items, minItems);
    }

    static Shape anyObject() {
        return AnyObject.INSTANCE;
    }

    /** A reference to another resource: its UUID, or the expanded object. */
    static Shape reference(String idProperty, Supplier<Shape> expanded) {
        return new Reference(idProperty, expanded);
    }

    enum Format {
        NONE,
        UUID,
        DATE,
        URI
    }

    record Text(
            Format format,
            List<String> closed,
            List<String> extensible,
            @Nullable Pattern pattern,
            int minLength,
            int maxLength)
            implements Shape {

        private static final Pattern UUID_TEXT =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        Text format(Format format) {
            return new Text(format, closed, extensible, pattern, minLength, maxLength);
        }

        Text pattern(String regex) {
            return new Text(format, closed, extensible, Pattern.compile(regex), minLength, maxLength);
        }

        Text length(int min, int max) {
            return new Text(format, closed, extensible, pattern, min, max);
        }

        Text maxLength(int max) {
            return length(minLength, max);
        }

        @Override
        public void check(JsonNode value, String path, Violations violations) {
            if (!value.isString()) {
                violations.add(path, "type", "must be a string");
                return;
            }
            String text = value.stringValue();
            if (text.length() < minLength || text.length() > maxLength) {
                violations.add(
                        path,
                        "length",
                        minLength == maxLength
                                ? "must have exactly " + minLength + " characters"
                                : "must have " + (minLength > 0 ? minLength + " to " : "at most ") + maxLength
                                        + " characters");
            }
            if (pattern != null && !pattern.matcher(text).find()) {
                violations.add(path, "format", "must match the pattern " + pattern.pattern());
            }
            if (!closed.isEmpty() && !closed.contains(text)) {
                violations.add(path, "enum", "'" + text + "' is not one of " + quoted(closed));
            }
            if (!extensible.isEmpty()) {
                checkExtensible(text, path, violations);
            }
            switch (format) {
                case UUID -> {
                    if (!UUID_TEXT.matcher(text).matches()) {
                        violations.add(path, "format", "must be a UUID");
                    }
                }
                case DATE -> {
                    try {
                        LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        violations.add(path, "format", "must be a date as yyyy-mm-dd (RFC 3339 full-date)");
                    }
                }
                case URI -> {
                    if (!isAbsoluteUri(text)) {
                        violations.add(path, "format", "must be an absolute URI");
                    }
                }
                case NONE -> {}
            }
        }

        /**
         * An extensible enumeration takes custom values besides the predefined ones; the specification asks that they
         * start with "x-", but its own examples do not always do so ("orgId", "kvk", "otherType"), so an unprefixed
         * custom value is taken. A value that differs from a predefined one only in case, or by about one letter in
         * six ("identiffier" for "identifier"), is a misspelling, not a custom value, and is refused.
         */
        private void checkExtensible(String text, String path, Violations violations) {
            if (extensible.contains(text) || text.startsWith("x-")) {
                return;
            }
            for (String known : extensible) {
                String a = text.toLowerCase(Locale.ROOT);
                String b = known.toLowerCase(Locale.ROOT);
                if (a.equals(b) || distance(a, b) <= b.length() / 6) {
                    violations.add(
                            path,
                            "enum",
                            "'" + text + "' is not one of the predefined values (did you mean '" + known
                                    + "'?); custom values start with 'x-'");
                    return;
                }
            }
        }

        private static boolean isAbsoluteUri(String text) {
            try {
                return new URI(text).isAbsolute();
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /** Levenshtein distance. */
        private static int distance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] current = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                    current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.length()];
        }
    }

    /** A JSON number; {@code whole} for format int32. */
    record Numeric(boolean whole, @Nullable BigDecimal minimum) implements Shape {

        private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
        private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

        @Override
        public void check(JsonNode value, String path, Violations violations) {
            if (!value.isNumber()) {
                violations.add(path, "type", "must be a number");
                return;
            }
            BigDecimal number = value.decimalValue();
            if (whole
                    && (number.stripTrailingZeros().scale() > 0
                            || number.compareTo(INT32_MIN) < 0
                            || number.compareTo(INT32_MAX) > 0)) {
                violations.add(path, "type", "must be a whole number (int32)");
            } else if (minimum != null && number.compareTo(minimum) < 0) {
                violations.add(path, "range", "must be at least " + minimum.toPlainString());
            }
        }
    }

    enum Bool implements Shape {
        INSTANCE;

        @Override
        public void check(JsonNode value, String path, Violations violations) {
            if (!value.isBoolean()) {
                violations.add(path, "type", "must be true or false");
            }
        }
    }

    enum AnyObject implements Shape {
        INSTANCE;

        @Override
        public void check(JsonNode value, String path, Violations violations) {
            if (!value.isObject()) {
                violations.add(path, "type", "must be an object");
            }
        }
    }

    record ArrayOf(Shape items, int minItems) implements Shape {
        @Override
        public void check(JsonNode value, String path, Violations violations) {
            if (!value.isArray()) {
                violations.add(path, "type", "must be an array");
                return;
            }
            if (value.size() < minItems) {
                violations.add(path, "size", "must have at least " + minItems + (minItems == 1 ? " item" : " items"));
            }
            int index = 0;
            for (JsonNode item : value.values()) {
                String at = Violations.index(path, index++);
                if (item.isNull()) {
                    violations.add(at, "type", "must not be null");
                } else {
                    items.check(item, at, violations);
                }
            }
        }
    }

    record Reference(String idProperty, Supplier<Shape> expanded) implements Shape {
        @Override
        public void check(JsonNode value, String path, Violations violations) {
            if (value.isString()) {
                uuid().check(value, path, violations);
            } else if (value.isObject()) {
                expanded.get().check(value, path, violations);
            } else {
                violations.add(path, "type", "must be a UUID (" + idProperty + ") or the expanded object");
            }
        }

        /** The id this reference names, whether given as a UUID or as the expanded object. */
        @Nullable
        String id(JsonNode value) {
            JsonNode id = value.isObject() ? value.get(idProperty) : value;
            return id != null && id.isString() ? id.stringValue() : null;
        }
    }

    /** An object schema; properties not listed are allowed unless the schema is closed. */
    final class ObjectShape implements Shape {

        private final String name;
        private final boolean closed;
        private final Map<String, Shape> properties = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();

        ObjectShape(String name, boolean closed) {
            this.name = name;
            this.closed = closed;
        }

        ObjectShape required(String property, Shape shape) {
            required.add(property);
            return optional(property, shape);
        }

        ObjectShape optional(String property, Shape shape) {
            properties.put(property, shape);
            return this;
        }

        /** Every property and requirement of {@code base} too (allOf). */
        ObjectShape including(ObjectShape base) {
            base.properties.forEach(properties::putIfAbsent);
            required.addAll(base.required);
            return this;
        }

        String name() {
            return name;
        }

        Map<String, Shape> properties() {
            return properties;
        }

        @Override
        public void check(JsonNode value, String path, Violations violations) {
            if (!value.isObject()) {
                violations.add(path, "type", "must be an object (" + name + ")");
                return;
            }
            for (String property : required) {
                JsonNode present = value.get(property);
                if (present == null || present.isNull()) {
                    violations.add(Violations.path(path, property), "required", "is required");
                }
            }
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String at = Violations.path(path, entry.getKey());
                Shape shape = properties.get(entry.getKey());
                if (entry.getValue().isNull()) {
                    continue;
                }
                if (shape != null) {
                    shape.check(entry.getValue(), at, violations);
                } else if (closed) {
                    violations.add(at, "unknown", "is not a property of " + name);
                }
            }
        }
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }
}
