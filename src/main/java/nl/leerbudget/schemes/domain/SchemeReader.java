package nl.leerbudget.schemes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.schemes.Allocation;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.schemes.SchemeDataException;
import nl.leerbudget.schemes.TargetExpression;
import nl.leerbudget.shared.KeyValueFile;
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
            "lapses",
            "co-financing",
            "co-financing-rounding",
            "open-to",
            "programme-years");

    private static final Pattern GROUP_KEY = Pattern.compile("\\s*(group\\.[^=\\s]*)\\s*=.*");

    private static final Pattern PERCENTAGE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)%");
    private static final Pattern SECTOR = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern LAPSE = Pattern.compile("(\\d{1,4}) days after (grant|planned-start)");

    private static final Pattern GROUP_CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern CO_FINANCING = Pattern.compile("(\\S+%)\\s+by\\s+(\\S+)");

    private final KeyValueFile file;
    private final List<String> groupKeys;

    private SchemeReader(KeyValueFile file, List<String> groupKeys) {
        this.file = file;
        this.groupKeys = groupKeys;
    }

    public static Scheme read(String text, String sourceName) {
        SchemeReader reader = new SchemeReader(
                KeyValueFile.read(text, known(text)),
                known(text).stream().filter(k -> k.startsWith("group.")).toList());
        Scheme scheme = reader.build();
        if (reader.file.hasProblems() || scheme == null) {
            throw new SchemeDataException(sourceName, reader.file.problems());
        }
        return scheme;
    }

    private @Nullable Scheme build() {
        String id = file.required("id", KeyValueFile::id);
        Integer version = file.required("version", KeyValueFile::positive);
        String name = file.required("name", Function.identity());
        String legalBasis = file.required("legal-basis", Function.identity());
        BigDecimal benefitPercentage = file.required("benefit-percentage", SchemeReader::percentage);
        RoundingMode benefitRounding = file.required("benefit-rounding", SchemeReader::rounding);
        Money benefitMaximum = file.required("benefit-maximum", SchemeReader::amount);
        Scheme.OwnContribution ownContribution = ownContribution();
        Integer minimumAge = file.required("minimum-age", KeyValueFile::age);
        Scheme.AgeLimit maximumAge = maximumAge();
        Boolean tie = file.required(
                "labour-market-tie",
                v -> KeyValueFile.oneOf(v, "required", "not-required").equals("required"));
        String level = file.required("maximum-education-level", SchemeReader::educationLevel);
        Set<String> sectors = file.required("sectors", SchemeReader::sectors);
        Boolean oncePerYear = file.required("once-per-calendar-year", KeyValueFile::yesNo);
        Set<OfferingType> types = file.required("offering-types", KeyValueFile::offeringTypes);
        Boolean recognisedOnly = file.required("recognised-only", KeyValueFile::yesNo);
        Boolean admittedOnly = file.required("admitted-only", KeyValueFile::yesNo);
        Scheme.ProviderPayment payment = file.required("provider-paid", v -> {
            KeyValueFile.oneOf(v, "after-confirmed-start");
            return Scheme.ProviderPayment.AFTER_CONFIRMED_START;
        });
        Scheme.Lapse lapse = file.required("lapses", SchemeReader::lapse);
        Map<OfferingType, Scheme.Benefit> byType = benefitsByType(benefitPercentage, benefitRounding, benefitMaximum);
        Scheme.CoFinancing coFinancing = coFinancing();
        TargetExpression openTo = file.optional("open-to", TargetExpressionReader::read);
        Map<String, TargetExpression> groups = new LinkedHashMap<>();
        for (String key : groupKeys) {
            String code = key.substring("group.".length());
            if (!GROUP_CODE.matcher(code).matches() || code.equals(Allocation.GENERAL)) {
                file.problem("'" + key + "': a group code is lower-case letters, digits and '-', and not 'general'");
                continue;
            }
            TargetExpression group = file.optional(key, TargetExpressionReader::read);
            if (group != null) {
                groups.put(code, group);
            }
        }
        Integer programmeYears = file.optional("programme-years", KeyValueFile::positive);

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
                || file.hasProblems()) {
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
                    lapse,
                    byType,
                    coFinancing,
                    openTo == null ? TargetExpression.EVERYONE : openTo,
                    groups,
                    programmeYears == null ? 1 : programmeYears);
        } catch (IllegalArgumentException e) {
            file.problem(String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** The keys of this text: the fixed ones, a benefit per offering type, and the groups it names. */
    private static List<String> known(String text) {
        List<String> known = new ArrayList<>(KEYS);
        for (OfferingType type : OfferingType.values()) {
            known.add("benefit-percentage." + type.name());
            known.add("benefit-maximum." + type.name());
        }
        for (String line : text.split("\n", -1)) {
            Matcher key = GROUP_KEY.matcher(line);
            if (!line.strip().startsWith("#") && key.matches() && !known.contains(key.group(1))) {
                known.add(key.group(1));
            }
        }
        return known;
    }

    /**
     * A benefit per offering type (seed 003, STAP lessons: vary the percentage by type): {@code
     * benefit-percentage.<TYPE>} and {@code benefit-maximum.<TYPE>}; what a type does not set is the scheme's.
     */
    private Map<OfferingType, Scheme.Benefit> benefitsByType(
            @Nullable BigDecimal percentage, @Nullable RoundingMode rounding, @Nullable Money maximum) {
        Map<OfferingType, Scheme.Benefit> byType = new EnumMap<>(OfferingType.class);
        for (OfferingType type : OfferingType.values()) {
            BigDecimal ownPercentage = file.optional("benefit-percentage." + type.name(), SchemeReader::percentage);
            Money ownMaximum = file.optional("benefit-maximum." + type.name(), SchemeReader::amount);
            if ((ownPercentage != null || ownMaximum != null)
                    && percentage != null
                    && rounding != null
                    && maximum != null) {
                byType.put(
                        type,
                        new Scheme.Benefit(
                                ownPercentage != null ? ownPercentage : percentage,
                                rounding,
                                ownMaximum != null ? ownMaximum : maximum));
            }
        }
        return byType;
    }

    /** {@code co-financing = 50% by employer} with {@code co-financing-rounding}, or {@code none}. */
    private Scheme.@Nullable CoFinancing coFinancing() {
        String value = file.optional("co-financing", Function.identity());
        if (value == null || value.equals("none")) {
            file.refuse(List.of("co-financing-rounding"), "a co-financing share");
            return null;
        }
        Matcher matcher = CO_FINANCING.matcher(value);
        if (!matcher.matches()) {
            file.problem(
                    "'co-financing': expected 'none' or '<percentage> by employer|sector-fund', got '" + value + "'");
            return null;
        }
        RoundingMode rounding = file.required("co-financing-rounding", SchemeReader::rounding);
        try {
            BigDecimal percentage = percentage(matcher.group(1));
            Scheme.CoFinancer by = Scheme.CoFinancer.ofCode(matcher.group(2));
            return rounding == null ? null : new Scheme.CoFinancing(percentage, rounding, by);
        } catch (IllegalArgumentException e) {
            file.problem("'co-financing': " + e.getMessage());
            return null;
        }
    }

    private Scheme.@Nullable OwnContribution ownContribution() {
        String value = file.required("own-contribution", Function.identity());
        if (value == null) {
            return null;
        }
        if (value.equals("none") || !value.endsWith("%")) {
            file.refuse(List.of("own-contribution-rounding"), "a percentage own contribution");
            if (value.equals("none")) {
                return new Scheme.NoOwnContribution();
            }
            Money amount = file.optional("own-contribution", SchemeReader::amount);
            return amount == null ? null : new Scheme.FixedContribution(amount);
        }
        BigDecimal percentage = file.optional("own-contribution", SchemeReader::percentage);
        RoundingMode rounding = file.required("own-contribution-rounding", SchemeReader::rounding);
        return percentage == null || rounding == null ? null : new Scheme.PercentageContribution(percentage, rounding);
    }

    private Scheme.@Nullable AgeLimit maximumAge() {
        String value = file.required("maximum-age", Function.identity());
        if (value == null) {
            return null;
        }
        if (value.equals("state-pension-age")) {
            StatePensionAge schedule = file.required("pension-age", StatePensionAge::parse);
            return schedule == null ? null : new Scheme.UntilStatePensionAge(schedule);
        }
        file.refuse(List.of("pension-age"), "maximum-age = state-pension-age");
        Integer years = file.optional("maximum-age", KeyValueFile::age);
        return years == null ? null : new Scheme.UpToAge(years);
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
        for (String item : KeyValueFile.items(value)) {
            if (!SECTOR.matcher(item).matches()) {
                throw new IllegalArgumentException(
                        "a sector code is lower-case letters, digits and '-', got '" + item + "'");
            }
            sectors.add(item);
        }
        return sectors;
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
