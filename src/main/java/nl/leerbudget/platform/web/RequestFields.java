package nl.leerbudget.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON request body field by field and collects every problem instead of stopping at the first, so that a
 * client learns all that is wrong with a request in one answer. Unknown fields are problems too: a typo in an optional
 * field must not be silently ignored. Call {@link #validate()} when done; it throws an {@link ApiProblem} listing
 * every violation. Every text in the body, read or not, is checked against {@link Characters} at the start.
 */
public final class RequestFields {

    private final JsonNode node;
    private final String prefix;
    private final List<FieldViolation> violations;
    private final Set<String> known = new java.util.HashSet<>();

    private RequestFields(JsonNode node, String prefix, List<FieldViolation> violations) {
        this.node = node;
        this.prefix = prefix;
        this.violations = violations;
    }

    /** Starts reading a request body; a body that is not a JSON object is a violation on its own. */
    public static RequestFields of(@Nullable JsonNode body) {
        var violations = new ArrayList<FieldViolation>();
        if (body == null || !body.isObject()) {
            violations.add(new FieldViolation("", "type", "the request body must be a JSON object"));
        } else {
            violations.addAll(Characters.violations(body));
        }
        return new RequestFields(
                body == null ? tools.jackson.databind.node.MissingNode.getInstance() : body, "", violations);
    }

    public void validate() {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    violate(name, "unknown", "is not a field of this request");
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    public void violate(String field, String code, String reason) {
        violations.add(new FieldViolation(prefix + field, code, reason));
    }

    public boolean has(String field) {
        known.add(field);
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** A required text; when it is missing or invalid the violation is recorded and "" stands in until validate(). */
    public String text(String field, int maxLength) {
        String text = text(field, maxLength, true);
        return text == null ? "" : text;
    }

    public @Nullable String optionalText(String field, int maxLength) {
        return text(field, maxLength, false);
    }

    private @Nullable String text(String field, int maxLength, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            violate(field, "type", "must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty() && required) {
            violate(field, "required", "must not be empty");
            return null;
        }
        if (text.length() > maxLength) {
            violate(field, "length", "must have at most " + maxLength + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    /** A required UUID; a stand-in (the nil UUID) is returned with the violation recorded. */
    public UUID uuid(String field) {
        UUID value = uuid(field, true);
        return value == null ? new UUID(0, 0) : value;
    }

    public @Nullable UUID optionalUuid(String field) {
        return uuid(field, false);
    }

    private @Nullable UUID uuid(String field, boolean required) {
        return parsed(field, required, "format", "must be a UUID", UUID::fromString);
    }

    /**
     * A required positive amount as a decimal string with at most two decimals, such as {@code "1000.00"}; zero stands
     * in with the violation recorded.
     */
    public Money amount(String field) {
        Money value = positiveAmount(field, true);
        return value == null ? Money.ZERO : value;
    }

    public @Nullable Money optionalAmount(String field) {
        return positiveAmount(field, false);
    }

    /** An optional amount that may be zero (a VAT of nothing, a free offering), never negative. */
    public @Nullable Money optionalAmountOrZero(String field) {
        JsonNode value = value(field, false);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            violate(field, "type", "must be a decimal string such as \"0.00\", not a JSON number");
            return null;
        }
        try {
            Money amount = Money.parse(value.stringValue().strip());
            if (amount.isNegative()) {
                violate(field, "range", "must not be negative");
                return null;
            }
            return amount;
        } catch (IllegalArgumentException e) {
            violate(field, "format", "must be a decimal amount with at most two decimals, such as \"0.00\"");
            return null;
        }
    }

    private @Nullable Money positiveAmount(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            violate(field, "type", "must be a decimal string such as \"1000.00\", not a JSON number");
            return null;
        }
        return positiveAmount(field, value.stringValue());
    }

    private @Nullable Money positiveAmount(String field, String text) {
        Money amount;
        try {
            amount = Money.parse(text.strip());
        } catch (IllegalArgumentException e) {
            violate(field, "format", "must be a decimal amount with at most two decimals, such as \"1000.00\"");
            return null;
        }
        if (!amount.isPositive()) {
            violate(field, "range", "must be greater than zero");
            return null;
        }
        return amount;
    }

    public @Nullable LocalDate optionalDate(String field) {
        return parsed(field, false, "format", "must be a date as yyyy-mm-dd", LocalDate::parse);
    }

    /** A required enum constant; the first constant stands in with the violation recorded. */
    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        E value = parsed(field, true, "enum", "must be one of " + names(type), text -> Enum.valueOf(type, text));
        return value == null ? type.getEnumConstants()[0] : value;
    }

    public <E extends Enum<E>> @Nullable E optionalEnum(String field, Class<E> type) {
        return parsed(field, false, "enum", "must be one of " + names(type), text -> Enum.valueOf(type, text));
    }

    public <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String text : textList(field)) {
            try {
                values.add(Enum.valueOf(type, text));
            } catch (IllegalArgumentException e) {
                violate(field, "enum", "'" + text + "' is not one of " + names(type));
            }
        }
        return values;
    }

    public List<String> textList(String field) {
        JsonNode value = value(field, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            violate(field, "type", "must be an array of strings");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isString()) {
                violate(field, "type", "must be an array of strings");
                return List.of();
            }
            texts.add(item.stringValue());
        }
        return texts;
    }

    /** An array of whole numbers, each from {@code min} to {@code max}; absent: empty. */
    public List<Integer> integerList(String field, int min, int max) {
        JsonNode value = value(field, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            violate(field, "type", "must be an array of whole numbers");
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isIntegralNumber() || !item.canConvertToInt() || item.intValue() < min || item.intValue() > max) {
                violate(field, "range", "must be an array of whole numbers from " + min + " to " + max);
                return List.of();
            }
            numbers.add(item.intValue());
        }
        return numbers;
    }

    public boolean bool(String field, boolean defaultValue) {
        JsonNode value = value(field, false);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            violate(field, "type", "must be true or false");
            return defaultValue;
        }
        return value.booleanValue();
    }

    /** An optional whole number within bounds. */
    public @Nullable Long optionalInteger(String field, long min, long max) {
        JsonNode value = value(field, false);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            violate(field, "type", "must be a whole number");
            return null;
        }
        long number = value.longValue();
        if (number < min || number > max) {
            violate(field, "range", "must be between " + min + " and " + max);
            return null;
        }
        return number;
    }

    /** An optional nested object, read with the same violation list; null if absent or not an object. */
    public @Nullable RequestFields optionalObject(String field) {
        JsonNode value = value(field, false);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            violate(field, "type", "must be an object");
            return null;
        }
        return new RequestFields(value, prefix + field + ".", violations);
    }

    /** An optional array of objects, each read with the same violation list as {@code field[i].…}. */
    public List<RequestFields> objectList(String field) {
        JsonNode value = value(field, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            violate(field, "type", "must be an array of objects");
            return List.of();
        }
        List<RequestFields> items = new ArrayList<>();
        int index = 0;
        for (JsonNode item : value.values()) {
            if (item.isObject()) {
                items.add(new RequestFields(item, prefix + field + "[" + index + "].", violations));
            } else {
                violate(field + "[" + index + "]", "type", "must be an object");
            }
            index++;
        }
        return items;
    }

    /** Checks unknown fields of a nested object; call when done with it. */
    public void close() {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    violate(name, "unknown", "is not a field of this request");
                }
            }
        }
    }

    private <T> @Nullable T parsed(
            String field, boolean required, String code, String reason, Function<String, @Nullable T> parser) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            violate(field, "type", "must be a string");
            return null;
        }
        try {
            return parser.apply(value.stringValue());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violate(field, code, reason);
            return null;
        }
    }

    private @Nullable JsonNode value(String field, boolean required) {
        known.add(field);
        JsonNode value = node.isObject() ? node.get(field) : null;
        if (value == null || value.isNull()) {
            if (required && node.isObject()) {
                violate(field, "required", "is required");
            }
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
