package nl.leerbudget.rights.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.rights.EducationSector;
import nl.leerbudget.rights.RightConditions;
import nl.leerbudget.rights.RightsDataException;
import nl.leerbudget.rights.RightsPolicy;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.StatePensionAge;
import org.jspecify.annotations.Nullable;

/**
 * Reads a policy in its text form: {@code key = value} lines, {@code #} comment lines. Every problem is reported with
 * its line number; keys that do not belong to the chosen variant or start rule are problems too, so that a value
 * that would be ignored never goes unnoticed.
 */
public final class PolicyReader {

    private static final List<String> COMMON = List.of(
            "id",
            "version",
            "description",
            "effective-from",
            "variant",
            "start",
            "pension-age",
            "recognised-only",
            "offering-types",
            "price-basis");
    private static final List<String> REGRESSIVE =
            List.of("lifetime-entitlement", "cap", "deducted-sectors", "valuation");
    private static final List<String> NEUTRAL = List.of("amount");
    private static final List<String> AT_AGE = List.of("start-age");
    private static final List<String> AFTER_INITIAL = List.of("minimum-age", "initial-education-gap-months");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern PRICE_YEAR = Pattern.compile("price-year (\\d{4})");

    private record Entry(String value, int line) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private PolicyReader() {}

    public static RightsPolicy read(String text, String sourceName) {
        PolicyReader reader = new PolicyReader();
        reader.collect(text);
        RightsPolicy policy = reader.build();
        if (!reader.problems.isEmpty() || policy == null) {
            throw new RightsDataException(sourceName, reader.problems);
        }
        return policy;
    }

    private void collect(String text) {
        String[] lines = text.split("\n", -1);
        List<String> known = new ArrayList<>(COMMON);
        known.addAll(REGRESSIVE);
        known.addAll(NEUTRAL);
        known.addAll(AT_AGE);
        known.addAll(AFTER_INITIAL);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add("line " + number + ": expected 'key = value', got '" + line + "'");
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (!known.contains(key)) {
                problems.add("line " + number + ": unknown key '" + key + "'");
            } else if (entries.containsKey(key)) {
                problems.add("line " + number + ": '" + key + "' is given twice (first on line "
                        + entries.get(key).line() + ")");
            } else if (value.isEmpty()) {
                problems.add("line " + number + ": '" + key + "' has no value");
            } else {
                entries.put(key, new Entry(value, number));
            }
        }
    }

    private @Nullable RightsPolicy build() {
        String id = required("id", PolicyReader::id);
        Integer version = required("version", PolicyReader::positive);
        String description = required("description", Function.identity());
        LocalDate effectiveFrom = required("effective-from", PolicyReader::date);
        String variantName = required("variant", v -> oneOf(v, "regressive", "neutral"));
        String startName = required("start", v -> oneOf(v, "at-age", "after-initial-education"));
        StatePensionAge pensionAge = required("pension-age", PolicyReader::pensionAge);
        Boolean recognisedOnly = required("recognised-only", PolicyReader::yesNo);
        Set<OfferingType> offeringTypes = required("offering-types", PolicyReader::offeringTypes);
        RightConditions.PriceBasis priceBasis = required("price-basis", PolicyReader::priceBasis);

        RightsPolicy.Variant variant = null;
        if ("regressive".equals(variantName)) {
            refuse(NEUTRAL, "a neutral policy");
            Money lifetime = required("lifetime-entitlement", PolicyReader::amount);
            Money cap = optional("cap", PolicyReader::amount);
            Set<EducationSector> deducted = required("deducted-sectors", PolicyReader::sectors);
            RightsPolicy.Valuation valuation = required("valuation", PolicyReader::valuation);
            if (lifetime != null && deducted != null && valuation != null) {
                variant = new RightsPolicy.Regressive(lifetime, cap, deducted, valuation);
            }
        } else if ("neutral".equals(variantName)) {
            refuse(REGRESSIVE, "a regressive policy");
            Money amount = required("amount", PolicyReader::amount);
            if (amount != null) {
                variant = new RightsPolicy.Neutral(amount);
            }
        }

        RightsPolicy.StartRule start = null;
        if ("at-age".equals(startName)) {
            refuse(AFTER_INITIAL, "start = after-initial-education");
            Integer age = required("start-age", PolicyReader::age);
            if (age != null) {
                start = new RightsPolicy.AtAge(age);
            }
        } else if ("after-initial-education".equals(startName)) {
            refuse(AT_AGE, "start = at-age");
            Integer minimumAge = required("minimum-age", PolicyReader::age);
            Integer gap = required("initial-education-gap-months", PolicyReader::gapMonths);
            if (minimumAge != null && gap != null) {
                start = new RightsPolicy.AfterInitialEducation(minimumAge, gap);
            }
        }

        if (id == null
                || version == null
                || description == null
                || effectiveFrom == null
                || variant == null
                || start == null
                || pensionAge == null
                || recognisedOnly == null
                || offeringTypes == null
                || priceBasis == null
                || !problems.isEmpty()) {
            return null;
        }
        try {
            return new RightsPolicy(
                    id,
                    version,
                    description,
                    effectiveFrom,
                    variant,
                    start,
                    pensionAge,
                    new RightConditions(offeringTypes, recognisedOnly, priceBasis));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private <T> @Nullable T required(String key, Function<String, T> parse) {
        if (!entries.containsKey(key)) {
            problems.add("'" + key + "' is missing");
            return null;
        }
        return optional(key, parse);
    }

    private <T> @Nullable T optional(String key, Function<String, T> parse) {
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

    private void refuse(List<String> keys, String owner) {
        for (String key : keys) {
            Entry entry = entries.get(key);
            if (entry != null) {
                problems.add("line " + entry.line() + ": '" + key + "' belongs to " + owner);
            }
        }
    }

    private static String id(String value) {
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "expected 1 to 64 lower-case letters, digits, '.' or '-', starting with a"
                            + " letter or digit, got '" + value + "'");
        }
        return value;
    }

    private static String oneOf(String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            throw new IllegalArgumentException("expected " + String.join(" or ", allowed) + ", got '" + value + "'");
        }
        return value;
    }

    private static Integer positive(String value) {
        int number = integer(value);
        if (number < 1) {
            throw new IllegalArgumentException("expected a number from 1 on, got '" + value + "'");
        }
        return number;
    }

    private static Integer age(String value) {
        int number = integer(value);
        if (number > 80) {
            throw new IllegalArgumentException("expected an age of 0 to 80 years, got '" + value + "'");
        }
        return number;
    }

    private static Integer gapMonths(String value) {
        int number = integer(value);
        if (number > 120) {
            throw new IllegalArgumentException("expected 0 to 120 months, got '" + value + "'");
        }
        return number;
    }

    private static int integer(String value) {
        if (!value.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("expected a whole number, got '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date as yyyy-mm-dd, got '" + value + "'", e);
        }
    }

    private static Money amount(String value) {
        Money amount;
        try {
            amount = Money.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected an amount in euros such as 15000 or 15000.00, got '" + value + "'", e);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an amount is not negative, got '" + value + "'");
        }
        return amount;
    }

    private static Boolean yesNo(String value) {
        return oneOf(value, "yes", "no").equals("yes");
    }

    private static List<String> items(String value) {
        return Arrays.stream(value.split(",", -1)).map(String::strip).toList();
    }

    private static Set<EducationSector> sectors(String value) {
        if (value.equals("none")) {
            return Set.of();
        }
        Set<EducationSector> sectors = EnumSet.noneOf(EducationSector.class);
        for (String item : items(value)) {
            try {
                sectors.add(EducationSector.valueOf(item));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown sector '" + item + "' (known: VO, MBO, HBO, WO, or 'none')", e);
            }
        }
        return sectors;
    }

    private static Set<OfferingType> offeringTypes(String value) {
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

    private static RightConditions.PriceBasis priceBasis(String value) {
        return oneOf(value, "initial-phase", "market").equals("market")
                ? RightConditions.PriceBasis.MARKET
                : RightConditions.PriceBasis.INITIAL_PHASE;
    }

    private static RightsPolicy.Valuation valuation(String value) {
        if (value.equals("study-year")) {
            return new RightsPolicy.StudyYearPrices();
        }
        Matcher matcher = PRICE_YEAR.matcher(value);
        if (matcher.matches()) {
            return new RightsPolicy.PriceYear(Integer.parseInt(matcher.group(1)));
        }
        throw new IllegalArgumentException("expected 'study-year' or 'price-year <year>', got '" + value + "'");
    }

    private static StatePensionAge pensionAge(String value) {
        return StatePensionAge.parse(value);
    }
}
