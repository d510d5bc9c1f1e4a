package nl.leerbudget.rights;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.leerbudget.rights.domain.PolicyReader;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.StatePensionAge;
import org.jspecify.annotations.Nullable;

/**
 * A rights policy, versioned: which variant with which amounts, when a right starts and ends, and what it pays for.
 * Policies are data (a small text file, see {@link #parse}), so that a new variant or amount needs no new code.
 *
 * @param id stable name, such as {@code regressief-2027}
 * @param version counts from 1; a changed policy is a new version under the same id
 * @param description one line for people
 * @param effectiveFrom no right starts before this day
 */
public record RightsPolicy(
        String id,
        int version,
        String description,
        LocalDate effectiveFrom,
        Variant variant,
        StartRule start,
        StatePensionAge pensionAge,
        RightConditions conditions) {

    public static final String REGRESSIVE_2027 = "regressief-2027";
    public static final String NEUTRAL_2027 = "neutraal-2027";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public RightsPolicy {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a policy id is 1-64 lower-case letters, digits, '.' or '-'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("policy versions count from 1");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("a policy has a description");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(pensionAge, "pensionAge");
        Objects.requireNonNull(conditions, "conditions");
    }

    /** How the amount of a right is set. */
    public sealed interface Variant permits Regressive, Neutral {}

    /**
     * A lifetime entitlement minus the public cost of the funded education a person already received, never below
     * zero, and at most {@code cap} when there is one (seed 003, section 3.1: "regressief leerrecht").
     *
     * @param deducted the sectors whose funded periods are subtracted
     * @param valuation at which year's costs a funded month is valued
     */
    public record Regressive(
            Money lifetimeEntitlement, @Nullable Money cap, Set<EducationSector> deducted, Valuation valuation)
            implements Variant {
        public Regressive {
            Objects.requireNonNull(lifetimeEntitlement, "lifetimeEntitlement");
            Objects.requireNonNull(valuation, "valuation");
            if (lifetimeEntitlement.isNegative() || (cap != null && cap.isNegative())) {
                throw new IllegalArgumentException("amounts of a policy are not negative");
            }
            deducted = Set.copyOf(Objects.requireNonNull(deducted, "deducted"));
        }
    }

    /** The same amount for everyone, whatever their education (seed 003, section 3.5: "neutrale leerrechten"). */
    public record Neutral(Money amount) implements Variant {
        public Neutral {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("amounts of a policy are not negative");
            }
        }
    }

    /** When a right starts; never before the policy's effective date. */
    public sealed interface StartRule permits AtAge, AfterInitialEducation {}

    /** On the day a person reaches an age. */
    public record AtAge(int years) implements StartRule {
        public AtAge {
            if (years < 0 || years > 80) {
                throw new IllegalArgumentException("a start age is 0 to 80 years");
            }
        }
    }

    /**
     * The day after initial education ends, and not before {@code minimumAge}. Initial education is the first period
     * of the history with every period that starts at most {@code maximumGapMonths} after the ones before it ended.
     */
    public record AfterInitialEducation(int minimumAge, int maximumGapMonths) implements StartRule {
        public AfterInitialEducation {
            if (minimumAge < 0 || minimumAge > 80) {
                throw new IllegalArgumentException("a minimum age is 0 to 80 years");
            }
            if (maximumGapMonths < 0 || maximumGapMonths > 120) {
                throw new IllegalArgumentException("a gap is 0 to 120 months");
            }
        }
    }

    /** At which year's costs a funded month is valued. */
    public sealed interface Valuation permits StudyYearPrices, PriceYear {}

    /** At the cost of the calendar year in which the month was studied. */
    public record StudyYearPrices() implements Valuation {}

    /** At the cost of one fixed year, whenever the month was studied. */
    public record PriceYear(int year) implements Valuation {
        public PriceYear {
            if (year < 1900 || year > 2200) {
                throw new IllegalArgumentException("a price year is between 1900 and 2200");
            }
        }
    }

    /**
     * Reads a policy from its text form: one {@code key = value} per line, {@code #} starts a comment line. See the
     * shipped files under {@code /rights/policies/} for every key.
     *
     * @param sourceName the file name, for the messages
     * @throws RightsDataException listing every problem with its line number
     */
    public static RightsPolicy parse(String text, String sourceName) {
        return PolicyReader.read(text, sourceName);
    }

    /** A policy shipped with the application, such as {@value #REGRESSIVE_2027} or {@value #NEUTRAL_2027}. */
    public static RightsPolicy builtIn(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a policy id: " + id);
        }
        String path = "/rights/policies/" + id + ".policy";
        return parse(ShippedFiles.read(path), path);
    }
}
