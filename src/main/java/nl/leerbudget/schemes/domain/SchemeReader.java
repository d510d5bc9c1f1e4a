package nl.leerbudget.schemes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.schemes.SchemeDataException;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.StatePensionAge;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scheme in its text form: {@code key = value} lines, {@code #} comment lines. Every problem is reported with
 * its line number; a key that would be ignored (a rounding for a fixed own contribution, an AOW schedule with a
 * numeric maximum age) is a problem too.
 */
public final class SchemeReader {

    private static final List<String> KEYS = List.of(
            "id",
            "version",
            "name",
            "legal-basis",
            "benefit-percentage",
            "benefit-rounding",
            "benefit-maximum",
            "own-contribution",
            "own-contribution-rounding",
            "minimum-age",
            "maximum-age",
            "pension-age",
            "labour-market-tie",
            "maximum-education-level",
            "sectors",
            "once-per-calendar-year",
            "offering-types",
            "recognised-only",
            "admitted-only",
            "provider-paid",
            "lapses");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern PERCENTAGE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)%");
    private static final Pattern SECTOR = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern LAPSE = Pattern.compile("(\\d{1,4}) days after (grant|planned-start)");

    private record Entry(String value, int line) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private SchemeReader() {}

    public static Scheme read(String text, String sourceName) {
        SchemeReader reader = new SchemeReader();
        reader.collect(text);
        Scheme scheme = reader.build();
        if (!reader.problems.isEmpty() || scheme == null) {
            throw new SchemeDataException(sourceName, reader.problems);
        }
        return scheme;
    }

    private void collect(String text) {
        String[] lines = text.split("\n", -1);
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
            if (!KEYS.contains(key)) {
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

    private @Nullable Scheme build() {
        String id = required("id", SchemeReader::id);
        Integer version = required("version", SchemeReader::positive);
        String name = required("name", Function.identity());
        String legalBasis = required("legal-basis", Function.identity());
        BigDecimal benefitPercentage = required("benefit-percentage", SchemeReader::percentage);
        RoundingMode benefitRounding = required("benefit-rounding", SchemeReader::rounding);
        Money benefitMaximum = required("benefit-maximum", SchemeReader::amount);
        Scheme.OwnContribution ownContribution = ownContribution();
        Integer minimumAge = required("minimum-age", SchemeReader::age);
        Scheme.AgeLimit maximumAge = maximumAge();
        Boolean tie = required(
                "labour-market-tie", v -> oneOf(v, "required", "not-required").equals("required"));
        String level = required("maximum-education-level", SchemeReader::educationLevel);
        Set<String> sectors = required("sectors", SchemeReader::sectors);
        Boolean oncePerYear = required("once-per-calendar-year", SchemeReader::yesNo);
        Set<OfferingType> types = required("offering-types", SchemeReader::offeringTypes);
        Boolean recognisedOnly = required("recognised-only", SchemeReader::yesNo);
        Boolean admittedOnly = required("admitted-only", SchemeReader::yesNo);
        Scheme.ProviderPayment payment = required("provider-paid", v -> {
            oneOf(v, "after-confirmed-start");
            return Scheme.ProviderPayment.AFTER_CONFIRMED_START;
        });
        Scheme.Lapse lapse = required("lapses", SchemeReader::lapse);

        if (id == null
                || version == null
                || name == null
                || legalBasis == null
                || benefitPercentage == null
                || benefitRounding == null
                || benefitMaximum == null
                || ownContribution == null
                || minimumAge == null
                || maximumAge == null
                || tie == null
                || level == null
                || sectors == null
                || oncePerYear == null
                || types == null
                || recognisedOnly == null
                || admittedOnly == null
                || payment == null
                || lapse == null
                || !problems.isEmpty()) {
            return null;
        }
        try {
            return new Scheme(
                    id,
                    version,
                    name,
                    legalBasis,
                    new Scheme.Benefit(benefitPercentage, benefitRounding, benefitMaximum),
                    ownContribution,
                    new Scheme.Conditions(
                            minimumAge,
                            maximumAge,
                            tie,
                            level.equals("any") ? null : EducationLevel.valueOf(level),
                            sectors,
                            oncePerYear),
                    new Scheme.QualifyingOfferings(types, recognisedOnly, admittedOnly),
                    payment,
                    lapse);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private Scheme.@Nullable OwnContribution ownContribution() {
        String value = required("own-contribution", Function.identity());
        if (value == null) {
            return null;
        }
        if (value.equals("none") || !value.endsWith("%")) {
            refuse("own-contribution-rounding", "a percentage own contribution");
            if (value.equals("none")) {
                return new Scheme.NoOwnContribution();
            }
            Money amount = optional("own-contribution", SchemeReader::amount);
            return amount == null ? null : new Scheme.FixedContribution(amount);
        }
        BigDecimal percentage = optional("own-contribution", SchemeReader::percentage);
        RoundingMode rounding = required("own-contribution-rounding", SchemeReader::rounding);
        return percentage == null || rounding == null ? null : new Scheme.PercentageContribution(percentage, rounding);
    }

    private Scheme.@Nullable AgeLimit maximumAge() {
        String value = required("maximum-age", Function.identity());
        if (value == null) {
            return null;
        }
        if (value.equals("state-pension-age")) {
            StatePensionAge schedule = required("pension-age", SchemeReader::pensionAge);
            return schedule == null ? null : new Scheme.UntilStatePensionAge(schedule);
        }
        refuse("pension-age", "maximum-age = state-pension-age");
        Integer years = optional("maximum-age", SchemeReader::age);
        return years == null ? null : new Scheme.UpToAge(years);
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

    private void refuse(String key, String owner) {
        Entry entry = entries.get(key);
        if (entry != null) {
            problems.add("line " + entry.line() + ": '" + key + "' belongs only to " + owner);
        }
    }

    private static String id(String value) {
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "expected 1 to 64 lower-case letters, digits, '.' or '-', got '" + value + "'");
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

    private static int integer(String value) {
        if (!value.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("expected a whole number, got '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static BigDecimal percentage(String value) {
        Matcher matcher = PERCENTAGE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a percentage such as 100% or 12.5%, got '" + value + "'");
        }
        BigDecimal percentage = new BigDecimal(matcher.group(1));
        if (percentage.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a percentage is at most 100%, got '" + value + "'");
        }
        return percentage;
    }

    private static RoundingMode rounding(String value) {
        try {
            RoundingMode mode = RoundingMode.valueOf(value);
            if (mode != RoundingMode.UNNECESSARY) {
                return mode;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "expected a rounding mode such as DOWN, HALF_UP or HALF_EVEN, got '" + value + "'");
    }

    private static Money amount(String value) {
        Money amount;
        try {
            amount = Money.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected an amount in euros such as 1000 or 99.50, got '" + value + "'", e);
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an amount is positive, got '" + value + "'");
        }
        return amount;
    }

    private static Boolean yesNo(String value) {
        return oneOf(value, "yes", "no").equals("yes");
    }

    private static List<String> items(String value) {
        return Arrays.stream(value.split(",", -1)).map(String::strip).toList();
    }

    private static String educationLevel(String value) {
        if (value.equals("any")) {
            return value;
        }
        try {
            return EducationLevel.valueOf(value).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown education level '" + value + "' (known: "
                            + String.join(
                                    ", ",
                                    Arrays.stream(EducationLevel.values())
                                            .map(Enum::name)
                                            .toList())
                            + ", or 'any')",
                    e);
        }
    }

    private static Set<String> sectors(String value) {
        if (value.equals("all")) {
            return Set.of();
        }
        Set<String> sectors = new LinkedHashSet<>();
        for (String item : items(value)) {
            if (!SECTOR.matcher(item).matches()) {
                throw new IllegalArgumentException(
                        "a sector code is lower-case letters, digits and '-', got '" + item + "'");
            }
            sectors.add(item);
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

    private static StatePensionAge pensionAge(String value) {
        return StatePensionAge.parse(value);
    }

    private static Scheme.Lapse lapse(String value) {
        Matcher matcher = LAPSE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "expected '<days> days after grant' or '<days> days after planned-start', got '" + value + "'");
        }
        return new Scheme.Lapse(
                Integer.parseInt(matcher.group(1)),
                matcher.group(2).equals("grant") ? Scheme.LapseFrom.GRANT : Scheme.LapseFrom.PLANNED_START);
    }
}
