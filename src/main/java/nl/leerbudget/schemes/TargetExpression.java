package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.leerbudget.schemes.domain.Wording;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * A target group (doelgroep) as data: criteria on the applicant (age band, labour-market position, sector, education
 * level, basic-skills programme, a follow-on year) and on the offering (type, the field of work it leads to), all of
 * which must hold. A scheme file names its groups ({@code group.<code> = <expression>}) and may open the whole scheme
 * to one ({@code open-to}); a window reserves sub-budgets for them. The written form is read by {@code
 * domain.TargetExpressionReader}, for example
 *
 * <pre>age from 50 and position in job-seeker, benefit-recipient and offering-field in zorg</pre>
 *
 * Each criterion is one rule (T1 to T8) with its own Dutch reason, so that a person sees exactly which part of the
 * group they are not in. Evaluating is a loop over a few records in memory: cheap enough for the intake's batches.
 *
 * @param text the expression as written, kept so that a window can store exactly what it reserved for
 */
public record TargetExpression(String text, List<Criterion> criteria) {

    /** Everyone: no criterion. */
    public static final TargetExpression EVERYONE = new TargetExpression("everyone", List.of());

    public TargetExpression {
        Objects.requireNonNull(text, "text");
        criteria = List.copyOf(criteria);
        if (!criteria.isEmpty()) {
            List<Criterion> sorted = new ArrayList<>(criteria);
            sorted.sort(Comparator.comparingInt((Criterion c) -> c.rule().ordinal()));
            criteria = List.copyOf(sorted);
        }
    }

    /**
     * What the criteria look at: the person on a day and, once chosen, the offering.
     *
     * @param offering null when the offering is not known yet ("may I apply in this window?")
     * @param followOnYear the person was granted this scheme in an earlier year of the same programme
     */
    public record Subject(
            Applicant applicant, LocalDate day, @Nullable OfferingFacts offering, boolean followOnYear) {
        public Subject {
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(day, "day");
        }

        int age() {
            return Period.between(applicant.birthDate(), day).getYears();
        }
    }

    /** Whether the subject is in the group: every criterion holds (an offering criterion without an offering fails). */
    public boolean includes(Subject subject) {
        for (Criterion criterion : criteria) {
            if (criterion.aboutTheOffering() && subject.offering() == null) {
                return false;
            }
            if (!criterion.holds(subject)) {
                return false;
            }
        }
        return true;
    }

    /** The criteria about the person that do not hold, with their Dutch reasons, in the order of their rule ids. */
    public List<Reason> unmetByThePerson(Subject subject) {
        return unmet(subject, false);
    }

    /** The criteria about the offering that do not hold; the subject names the offering. */
    public List<Reason> unmetByTheOffering(Subject subject) {
        Objects.requireNonNull(subject.offering(), "offering");
        return unmet(subject, true);
    }

    /** Whether a criterion looks at labour-market positions that come from benefit facts. */
    public boolean asksForBenefits() {
        return criteria.stream()
                .anyMatch(c -> c instanceof Positions(Set<LabourMarketPosition> positions)
                        && positions.contains(LabourMarketPosition.BENEFIT_RECIPIENT));
    }

    /**
     * In Dutch, after "voor" on pages: "mensen van 50 jaar en ouder en die werkzoekend zijn of een uitkering hebben",
     * "opleidingen die opleiden voor werk in het vakgebied zorg", or both joined by ", voor".
     */
    public String dutch() {
        if (criteria.isEmpty()) {
            return "iedereen";
        }
        List<String> person = new ArrayList<>();
        List<String> offering = new ArrayList<>();
        for (Criterion criterion : criteria) {
            (criterion.aboutTheOffering() ? offering : person).add(criterion.dutch());
        }
        StringBuilder text = new StringBuilder();
        if (!person.isEmpty()) {
            text.append("mensen ").append(Wording.list(person));
        }
        if (!offering.isEmpty()) {
            text.append(person.isEmpty() ? "opleidingen " : ", voor opleidingen ")
                    .append(Wording.list(offering));
        }
        return text.toString();
    }

    private List<Reason> unmet(Subject subject, boolean aboutTheOffering) {
        List<Reason> reasons = new ArrayList<>();
        for (Criterion criterion : criteria) {
            if (criterion.aboutTheOffering() == aboutTheOffering && !criterion.holds(subject)) {
                reasons.add(new Reason(criterion.rule(), criterion.reason(subject)));
            }
        }
        return reasons;
    }

    /** One condition of a target group, with the rule it is and its Dutch wording. */
    public sealed interface Criterion
            permits AgeBand,
                    Positions,
                    Sectors,
                    EducationLevels,
                    LiteracyProgramme,
                    OfferingTypes,
                    OfferingFields,
                    FollowOnYear {

        SchemeRule rule();

        boolean holds(Subject subject);

        /** After "mensen" or "voor opleidingen": "van 50 jaar en ouder". */
        String dutch();

        /** Why the subject does not meet it, in Dutch at language level B1. */
        String reason(Subject subject);

        default boolean aboutTheOffering() {
            return false;
        }
    }

    /** T1: aged {@code from} up to and including {@code to} on the day (null: no bound). */
    public record AgeBand(@Nullable Integer from, @Nullable Integer to) implements Criterion {
        public AgeBand {
            if (from == null && to == null) {
                throw new IllegalArgumentException("an age band has a lower or an upper bound");
            }
            if ((from != null && (from < 0 || from > 120)) || (to != null && (to < 0 || to > 120))) {
                throw new IllegalArgumentException("an age is 0 to 120 years");
            }
            if (from != null && to != null && to < from) {
                throw new IllegalArgumentException("an age band ends at or after its start");
            }
        }

        @Override
        public SchemeRule rule() {
            return SchemeRule.T1_AGE_BAND;
        }

        @Override
        public boolean holds(Subject subject) {
            int age = subject.age();
            return (from == null || age >= from) && (to == null || age <= to);
        }

        @Override
        public String dutch() {
            if (to == null) {
                return "van " + from + " jaar en ouder";
            }
            return from == null ? "tot en met " + to + " jaar" : "van " + from + " tot en met " + to + " jaar";
        }

        @Override
        public String reason(Subject subject) {
            return "Op " + Wording.date(subject.day()) + " bent u " + subject.age() + " jaar. Deze regeling is voor"
                    + " mensen " + dutch() + ".";
        }
    }

    /** T2: in at least one of these labour-market positions. */
    public record Positions(Set<LabourMarketPosition> positions) implements Criterion {
        public Positions {
            positions = Set.copyOf(positions);
            if (positions.isEmpty()) {
                throw new IllegalArgumentException("name at least one labour-market position");
            }
        }

        @Override
        public SchemeRule rule() {
            return SchemeRule.T2_LABOUR_MARKET_POSITION;
        }

        @Override
        public boolean holds(Subject subject) {
            for (LabourMarketPosition position : subject.applicant().positions()) {
                if (positions.contains(position)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String dutch() {
            return "die "
                    + Wording.either(
                            ordered().stream().map(LabourMarketPosition::dutch).toList());
        }

        @Override
        public String reason(Subject subject) {
            return "Deze regeling is voor mensen " + dutch() + ". Volgens de gegevens van UWV, de gemeente en de"
                    + " Kamer van Koophandel is dat op " + Wording.date(subject.day()) + " bij u niet zo.";
        }

        private List<LabourMarketPosition> ordered() {
            return positions.stream().sorted().toList();
        }
    }

    /** T3: works in one of these sectors. */
    public record Sectors(Set<String> sectors) implements Criterion {
        public Sectors {
            sectors = Set.copyOf(sectors);
            if (sectors.isEmpty()) {
                throw new IllegalArgumentException("name at least one sector");
            }
        }

        @Override
        public SchemeRule rule() {
            return SchemeRule.T3_SECTOR;
        }

        @Override
        public boolean holds(Subject subject) {
            String sector = subject.applicant().sector();
            return sector != null && sectors.contains(sector);
        }

        @Override
        public String dutch() {
            return "die werken in de sector " + Wording.either(List.copyOf(new TreeSet<>(sectors)));
        }

        @Override
        public String reason(Subject subject) {
            String sector = subject.applicant().sector();
            return (sector == null ? "U werkt niet in een sector." : "U werkt in de sector " + sector + ".")
                    + " Deze regeling is voor mensen " + dutch() + ".";
        }
    }

    /** T4: highest education from {@code from} up to and including {@code upTo} (null: no bound). */
    public record EducationLevels(
            @Nullable EducationLevel from, @Nullable EducationLevel upTo) implements Criterion {
        public EducationLevels {
            if (from == null && upTo == null) {
                throw new IllegalArgumentException("an education band has a lowest or a highest level");
            }
            if (from != null && upTo != null && upTo.compareTo(from) < 0) {
                throw new IllegalArgumentException("the highest level is not below the lowest");
            }
        }

        @Override
        public SchemeRule rule() {
            return SchemeRule.T4_EDUCATION_LEVEL;
        }

        @Override
        public boolean holds(Subject subject) {
            EducationLevel level = subject.applicant().highestEducationLevel();
            return (from == null || level.compareTo(from) >= 0) && (upTo == null || level.isAtMost(upTo));
        }

        @Override
        public String dutch() {
            if (from == null) {
                return "met een opleiding tot en met "
                        + Objects.requireNonNull(upTo).dutch();
            }
            return upTo == null
                    ? "met een opleiding van " + from.dutch() + " of hoger"
                    : "met een opleiding van " + from.dutch() + " tot en met " + upTo.dutch();
        }

        @Override
        public String reason(Subject subject) {
            return "Uw hoogste opleiding is "
                    + subject.applicant().highestEducationLevel().dutch() + ". Deze regeling is voor mensen " + dutch()
                    + ".";
        }
    }

    /** T5: takes part in a basic-skills programme (taal, rekenen, digitale vaardigheden). */
    public record LiteracyProgramme() implements Criterion {
        @Override
        public SchemeRule rule() {
            return SchemeRule.T5_LITERACY_PROGRAMME;
        }

        @Override
        public boolean holds(Subject subject) {
            return subject.applicant().literacyProgramme();
        }

        @Override
        public String dutch() {
            return "die meedoen aan een traject voor taal, rekenen of digitale vaardigheden";
        }

        @Override
        public String reason(Subject subject) {
            return "Deze regeling is voor mensen " + dutch() + ". Volgens de gegevens van de gemeente doet u daar"
                    + " niet aan mee. Wilt u meedoen? Vraag het aan het Taalhuis of het Leerwerkloket.";
        }
    }

    /** T6: the offering is of one of these types. */
    public record OfferingTypes(Set<OfferingType> types) implements Criterion {
        public OfferingTypes {
            types = Set.copyOf(types);
            if (types.isEmpty()) {
                throw new IllegalArgumentException("name at least one offering type");
            }
        }

        @Override
        public SchemeRule rule() {
            return SchemeRule.T6_OFFERING_TYPE;
        }

        @Override
        public boolean holds(Subject subject) {
            return types.contains(Objects.requireNonNull(subject.offering()).type());
        }

        @Override
        public boolean aboutTheOffering() {
            return true;
        }

        @Override
        public String dutch() {
            return "die "
                    + Wording.either(
                            types.stream().sorted().map(Wording::offeringType).toList()) + " zijn";
        }

        @Override
        public String reason(Subject subject) {
            return "Deze regeling is alleen voor " + Wording.offeringTypes(types) + ". Niet voor "
                    + Wording.offeringType(
                            Objects.requireNonNull(subject.offering()).type()) + ".";
        }
    }

    /** T7: the offering leads to one of these fields of work (the register's vakgebieden). */
    public record OfferingFields(Set<String> fields) implements Criterion {
        public OfferingFields {
            fields = Set.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("name at least one field");
            }
        }

        @Override
        public SchemeRule rule() {
            return SchemeRule.T7_OFFERING_FIELD;
        }

        @Override
        public boolean holds(Subject subject) {
            for (String field : Objects.requireNonNull(subject.offering()).fields()) {
                if (fields.contains(field)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean aboutTheOffering() {
            return true;
        }

        @Override
        public String dutch() {
            return "die opleiden voor werk in het vakgebied " + Wording.either(List.copyOf(new TreeSet<>(fields)));
        }

        @Override
        public String reason(Subject subject) {
            Set<String> own = Objects.requireNonNull(subject.offering()).fields();
            return (own.isEmpty()
                            ? "Het register noemt geen vakgebied voor deze opleiding."
                            : "Deze opleiding hoort bij het vakgebied " + Wording.list(List.copyOf(new TreeSet<>(own)))
                                    + ".")
                    + " Deze regeling is voor opleidingen " + dutch() + ".";
        }
    }

    /**
     * T8: a follow-on year of a multi-year programme: the person was granted this scheme in one of the earlier years
     * of the programme (and not yet in this one). Lets a window reserve money for those who continue (seed 003,
     * "Ervaringen en lessen STAP-regeling": trajectories longer than one year).
     */
    public record FollowOnYear() implements Criterion {
        @Override
        public SchemeRule rule() {
            return SchemeRule.T8_FOLLOW_ON_YEAR;
        }

        @Override
        public boolean holds(Subject subject) {
            return subject.followOnYear();
        }

        @Override
        public String dutch() {
            return "die een volgend jaar doen van een traject dat deze regeling al betaalde";
        }

        @Override
        public String reason(Subject subject) {
            return "Dit deel van de regeling is voor mensen " + dutch() + ". U kreeg in de vorige jaren van het"
                    + " traject geen geld uit deze regeling.";
        }
    }
}
