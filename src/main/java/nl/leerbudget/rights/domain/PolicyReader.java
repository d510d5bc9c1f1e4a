package nl.leerbudget.rights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.rights.EducationSector;
import nl.leerbudget.rights.RightConditions;
import nl.leerbudget.rights.RightsDataException;
import nl.leerbudget.rights.RightsPolicy;
import nl.leerbudget.shared.KeyValueFile;
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

    private static final Pattern PRICE_YEAR = Pattern.compile("price-year (\\d{4})");

    private final KeyValueFile file;

    private PolicyReader(KeyValueFile file) {
        this.file = file;
    }

    public static RightsPolicy read(String text, String sourceName) {
        List<String> known = new ArrayList<>(COMMON);
        known.addAll(REGRESSIVE);
        known.addAll(NEUTRAL);
        known.addAll(AT_AGE);
        known.addAll(AFTER_INITIAL);
        PolicyReader reader = new PolicyReader(KeyValueFile.read(text, known));
        RightsPolicy policy = reader.build();
        if (reader.file.hasProblems() || policy == null) {
            throw new RightsDataException(sourceName, reader.file.problems());
        }
        return policy;
    }

    private @Nullable RightsPolicy build() {
        String id = file.required("id", KeyValueFile::id);
        Integer version = file.required("version", KeyValueFile::positive);
        String description = file.required("description", Function.identity());
        LocalDate effectiveFrom = file.required("effective-from", KeyValueFile::date);
        String variantName = file.required("variant", v -> KeyValueFile.oneOf(v, "regressive", "neutral"));
        String startName = file.required("start", v -> KeyValueFile.oneOf(v, "at-age", "after-initial-education"));
        StatePensionAge pensionAge = file.required("pension-age", StatePensionAge::parse);
        Boolean recognisedOnly = file.required("recognised-only", KeyValueFile::yesNo);
        Set<OfferingType> offeringTypes = file.required("offering-types", KeyValueFile::offeringTypes);
        RightConditions.PriceBasis priceBasis = file.required("price-basis", PolicyReader::priceBasis);

        RightsPolicy.Variant variant = null;
        if ("regressive".equals(variantName)) {
            file.refuse(NEUTRAL, "a neutral policy");
            Money lifetime = file.required("lifetime-entitlement", PolicyReader::amount);
            Money cap = file.optional("cap", PolicyReader::amount);
            Set<EducationSector> deducted = file.required("deducted-sectors", PolicyReader::sectors);
            RightsPolicy.Valuation valuation = file.required("valuation", PolicyReader::valuation);
            if (lifetime != null && deducted != null && valuation != null) {
                variant = new RightsPolicy.Regressive(lifetime, cap, deducted, valuation);
            }
        } else if ("neutral".equals(variantName)) {
            file.refuse(REGRESSIVE, "a regressive policy");
            Money amount = file.required("amount", PolicyReader::amount);
            if (amount != null) {
                variant = new RightsPolicy.Neutral(amount);
            }
        }

        RightsPolicy.StartRule start = null;
        if ("at-age".equals(startName)) {
            file.refuse(AFTER_INITIAL, "start = after-initial-education");
            Integer age = file.required("start-age", KeyValueFile::age);
            if (age != null) {
                start = new RightsPolicy.AtAge(age);
            }
        } else if ("after-initial-education".equals(startName)) {
            file.refuse(AT_AGE, "start = at-age");
            Integer minimumAge = file.required("minimum-age", KeyValueFile::age);
            Integer gap = file.required("initial-education-gap-months", PolicyReader::gapMonths);
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
                || file.hasProblems()) {
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
            file.problem(String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static Integer gapMonths(String value) {
        int number = KeyValueFile.integer(value);
        if (number > 120) {
            throw new IllegalArgumentException("expected 0 to 120 months, got '" + value + "'");
        }
        return number;
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

    private static Set<EducationSector> sectors(String value) {
        if (value.equals("none")) {
            return Set.of();
        }
        Set<EducationSector> sectors = EnumSet.noneOf(EducationSector.class);
        for (String item : KeyValueFile.items(value)) {
            try {
                sectors.add(EducationSector.valueOf(item));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown sector '" + item + "' (known: VO, MBO, HBO, WO, or 'none')", e);
            }
        }
        return sectors;
    }

    private static RightConditions.PriceBasis priceBasis(String value) {
        return KeyValueFile.oneOf(value, "initial-phase", "market").equals("market")
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
}
