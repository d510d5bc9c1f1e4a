package nl.leerbudget.schemes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.leerbudget.schemes.domain.SchemeReader;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.StatePensionAge;
import org.jspecify.annotations.Nullable;

/**
 * A voucher scheme, versioned: what it pays, who may apply, for which offerings, when the provider is paid and when
 * an unused grant lapses. Schemes are data (a small text file, see {@link #parse}), so that a new scheme or a changed
 * amount needs no new code.
 *
 * @param id stable name, such as {@code stap-2022}
 * @param version counts from 1; a changed scheme is a new version under the same id
 * @param name for people, such as "STAP-budget 2022"
 * @param legalBasis the regulation the scheme rests on, for explanations and decisions
 */
public record Scheme(
        String id,
        int version,
        String name,
        String legalBasis,
        Benefit benefit,
        OwnContribution ownContribution,
        Conditions conditions,
        QualifyingOfferings offerings,
        ProviderPayment providerPayment,
        Lapse lapse,
        Map<OfferingType, Benefit> benefitsByType,
        @Nullable CoFinancing coFinancing,
        TargetExpression openTo,
        Map<String, TargetExpression> groups,
        int programmeYears) {

    public static final String STAP_2022 = "stap-2022";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Scheme {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a scheme id is 1-64 lower-case letters, digits, '.' or '-'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("scheme versions count from 1");
        }
        if (name.isBlank() || legalBasis.isBlank()) {
            throw new IllegalArgumentException("a scheme has a name and a legal basis");
        }
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(ownContribution, "ownContribution");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(offerings, "offerings");
        Objects.requireNonNull(providerPayment, "providerPayment");
        Objects.requireNonNull(lapse, "lapse");
        benefitsByType = Map.copyOf(Objects.requireNonNull(benefitsByType, "benefitsByType"));
        Objects.requireNonNull(openTo, "openTo");
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(groups, "groups")));
        for (String group : groups.keySet()) {
            new SubBudget(group, Money.cents(1));
        }
        if (programmeYears < 1 || programmeYears > 10) {
            throw new IllegalArgumentException("a programme lasts 1 to 10 years");
        }
        if (coFinancing != null
                && coFinancing.percentage().add(benefit.percentage()).compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the benefit and the co-financing share add up to at most 100%");
        }
    }

    /** A scheme of the first kind: one benefit for every type, no co-financing, open to all, one year. */
    public Scheme(
            String id,
            int version,
            String name,
            String legalBasis,
            Benefit benefit,
            OwnContribution ownContribution,
            Conditions conditions,
            QualifyingOfferings offerings,
            ProviderPayment providerPayment,
            Lapse lapse) {
        this(
                id,
                version,
                name,
                legalBasis,
                benefit,
                ownContribution,
                conditions,
                offerings,
                providerPayment,
                lapse,
                Map.of(),
                null,
                TargetExpression.EVERYONE,
                Map.of(),
                1);
    }

    /** What the scheme pays for an offering of this type: its own percentage and maximum, or the scheme's. */
    public Benefit benefitFor(OfferingType type) {
        return benefitsByType.getOrDefault(type, benefit);
    }

    /** The target group the scheme defines under this code, if any. */
    public Optional<TargetExpression> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    /**
     * Co-financing inside the scheme: a share of the eligible cost that a co-financer pays beside the grant, such as
     * the employer's 50% in "omscholing naar kansrijke beroepen" (F11, seed 001). The scheme pays only when the person
     * has such a co-financer (rule C1).
     */
    public record CoFinancing(BigDecimal percentage, RoundingMode rounding, CoFinancer by) {
        public CoFinancing {
            requirePercentage(percentage);
            if (percentage.signum() == 0) {
                throw new IllegalArgumentException("a co-financing share is more than 0%");
            }
            Objects.requireNonNull(rounding, "rounding");
            if (rounding == RoundingMode.UNNECESSARY) {
                throw new IllegalArgumentException("a co-financing share names how it rounds");
            }
            Objects.requireNonNull(by, "by");
        }
    }

    /** Who co-finances, and how the rules know the person has one. */
    public enum CoFinancer {
        /** The employer: the person is employed. */
        EMPLOYER("employer", "uw werkgever", "werkgever"),
        /** The training fund (O&O-fonds) of the person's sector: the person works in a sector. */
        SECTOR_FUND("sector-fund", "het opleidingsfonds van uw sector", "opleidingsfonds van de sector");

        private final String code;
        private final String dutch;
        private final String noun;

        CoFinancer(String code, String dutch, String noun) {
            this.code = code;
            this.dutch = dutch;
            this.noun = noun;
        }

        public String code() {
            return code;
        }

        /** "uw werkgever", in a sentence to the person. */
        public String dutch() {
            return dutch;
        }

        /** "werkgever", on its own. */
        public String noun() {
            return noun;
        }

        public static CoFinancer ofCode(String code) {
            for (CoFinancer by : values()) {
                if (by.code.equals(code)) {
                    return by;
                }
            }
            throw new IllegalArgumentException("unknown co-financer '" + code + "' (known: employer, sector-fund)");
        }
    }

    /**
     * The scheme pays {@code percentage} of the eligible cost, rounded with {@code rounding} to whole cents, and at
     * most {@code maximum}.
     */
    public record Benefit(BigDecimal percentage, RoundingMode rounding, Money maximum) {
        public Benefit {
            requirePercentage(percentage);
            Objects.requireNonNull(rounding, "rounding");
            if (rounding == RoundingMode.UNNECESSARY) {
                throw new IllegalArgumentException("a benefit names how it rounds");
            }
            if (!maximum.isPositive()) {
                throw new IllegalArgumentException("the maximum of a benefit is positive");
            }
        }
    }

    /** What the person pays of the eligible cost themselves, at least (seed 003: "werken met een eigen bijdrage"). */
    public sealed interface OwnContribution permits NoOwnContribution, PercentageContribution, FixedContribution {}

    /** The scheme asks for no own contribution. */
    public record NoOwnContribution() implements OwnContribution {}

    /** A share of the eligible cost, rounded with {@code rounding} to whole cents. */
    public record PercentageContribution(BigDecimal percentage, RoundingMode rounding) implements OwnContribution {
        public PercentageContribution {
            requirePercentage(percentage);
            Objects.requireNonNull(rounding, "rounding");
            if (rounding == RoundingMode.UNNECESSARY) {
                throw new IllegalArgumentException("an own contribution names how it rounds");
            }
        }
    }

    /** A fixed amount, or the whole eligible cost when that is less (as the EUR 100 co-payment of CPF, R4). */
    public record FixedContribution(Money amount) implements OwnContribution {
        public FixedContribution {
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a fixed own contribution is positive");
            }
        }
    }

    /**
     * Who may apply.
     *
     * @param minimumAge the age a person has reached on the application date, at least
     * @param maximumAge the age limit on the application date
     * @param labourMarketTieRequired only people tied to the Dutch labour market
     * @param maximumEducationLevel null: any education
     * @param sectors codes of the sectors a person must work in; empty: all sectors
     * @param oncePerCalendarYear at most one grant of this scheme per person per calendar year
     */
    public record Conditions(
            int minimumAge,
            AgeLimit maximumAge,
            boolean labourMarketTieRequired,
            @Nullable EducationLevel maximumEducationLevel,
            Set<String> sectors,
            boolean oncePerCalendarYear) {
        public Conditions {
            if (minimumAge < 0 || minimumAge > 80) {
                throw new IllegalArgumentException("a minimum age is 0 to 80 years");
            }
            Objects.requireNonNull(maximumAge, "maximumAge");
            if (maximumAge instanceof UpToAge(int years) && years < minimumAge) {
                throw new IllegalArgumentException("the maximum age is not below the minimum age");
            }
            sectors = Set.copyOf(Objects.requireNonNull(sectors, "sectors"));
        }
    }

    /** Until which age a person may apply. */
    public sealed interface AgeLimit permits UpToAge, UntilStatePensionAge {}

    /** Up to and including the age of {@code years}: until the day before the next birthday. */
    public record UpToAge(int years) implements AgeLimit {
        public UpToAge {
            if (years < 0 || years > 80) {
                throw new IllegalArgumentException("a maximum age is 0 to 80 years");
            }
        }
    }

    /** Until the day before the person reaches the state pension (AOW) age. */
    public record UntilStatePensionAge(StatePensionAge schedule) implements AgeLimit {
        public UntilStatePensionAge {
            Objects.requireNonNull(schedule, "schedule");
        }
    }

    /**
     * For which offerings of the register the scheme pays.
     *
     * @param types empty: all types
     * @param recognisedOnly only education recognised by OCW
     * @param admittedOnly only offerings the register admitted
     */
    public record QualifyingOfferings(Set<OfferingType> types, boolean recognisedOnly, boolean admittedOnly) {
        public QualifyingOfferings {
            types = Set.copyOf(Objects.requireNonNull(types, "types"));
        }

        public boolean includes(OfferingType type) {
            return types.isEmpty() || types.contains(type);
        }
    }

    /** When the provider is paid. */
    public enum ProviderPayment {
        /** After the provider confirms that the person started (STAP: payment after the start of the training). */
        AFTER_CONFIRMED_START
    }

    /**
     * When a grant that was not used lapses: {@code days} after the grant or after the planned start.
     */
    public record Lapse(int days, LapseFrom from) {
        public Lapse {
            if (days < 0 || days > 3660) {
                throw new IllegalArgumentException("a lapse period is 0 to 3660 days");
            }
            Objects.requireNonNull(from, "from");
        }

        /** The first day on which the grant no longer holds, when the provider has not confirmed a start by then. */
        public LocalDate lapsesOn(LocalDate grantedOn, LocalDate plannedStart) {
            return switch (from) {
                case GRANT -> grantedOn.plusDays(days);
                case PLANNED_START -> plannedStart.plusDays(days);
            };
        }
    }

    /** The day a lapse period counts from. */
    public enum LapseFrom {
        GRANT,
        PLANNED_START
    }

    /**
     * Reads a scheme from its text form: one {@code key = value} per line, {@code #} starts a comment line. See the
     * shipped files under {@code /schemes/} for every key.
     *
     * @param sourceName the file name, for the messages
     * @throws SchemeDataException listing every problem with its line number
     */
    public static Scheme parse(String text, String sourceName) {
        return SchemeReader.read(text, sourceName);
    }

    /** A scheme shipped with the application, such as {@value #STAP_2022}. */
    public static Scheme builtIn(String id) {
        return parse(builtInText(id), "/schemes/" + id + ".scheme");
    }

    /** The text of a scheme shipped with the application, as an administrator would define it. */
    public static String builtInText(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a scheme id: " + id);
        }
        return ShippedFiles.read("/schemes/" + id + ".scheme");
    }

    private static void requirePercentage(BigDecimal percentage) {
        if (percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a percentage is 0 to 100");
        }
    }
}
