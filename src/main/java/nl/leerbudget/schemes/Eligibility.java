package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import nl.leerbudget.schemes.domain.Wording;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.StatePensionAge;

/**
 * Whether a person qualifies for a scheme with an offering on a day, and for how much: the rules S1 to S9. A pure
 * function, so the same call answers "would I qualify?" before anyone applies, decides an application, and runs in
 * the simulator. Every failing rule is reported, not only the first, so that a person sees at once all that stands in
 * the way.
 */
public final class Eligibility {

    private Eligibility() {}

    public static Assessment assess(
            Scheme scheme,
            Applicant applicant,
            OfferingFacts offering,
            LocalDate applicationDate,
            GrantHistory history) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(history, "history");
        if (applicationDate.isBefore(applicant.birthDate())) {
            throw new IllegalArgumentException("an application date before the birth date");
        }
        Scheme.QualifyingOfferings offerings = scheme.offerings();
        List<Reason> reasons = new ArrayList<>(aboutThePerson(scheme, applicant, applicationDate, history));

        if (!offerings.includes(offering.type())) {
            reasons.add(new Reason(
                    SchemeRule.S6_OFFERING_TYPE,
                    "Deze regeling betaalt niet voor " + Wording.offeringType(offering.type()) + ". Wel voor "
                            + Wording.offeringTypes(offerings.types()) + "."));
        }
        if (offerings.recognisedOnly() && !offering.recognised()) {
            reasons.add(new Reason(
                    SchemeRule.S7_RECOGNISED,
                    "Deze opleiding is niet erkend door het ministerie van OCW. De regeling betaalt alleen"
                            + " erkende opleidingen."));
        }
        if (offerings.admittedOnly() && !offering.admitted()) {
            reasons.add(new Reason(
                    SchemeRule.S8_ADMITTED,
                    "Deze opleiding staat niet (of nog niet) als toegelaten in het register. De regeling betaalt"
                            + " alleen opleidingen die in het register zijn toegelaten."));
        }

        TargetExpression.Subject subject = new TargetExpression.Subject(
                applicant, applicationDate, offering, followOnYear(scheme, history, applicationDate));
        reasons.addAll(scheme.openTo().unmetByTheOffering(subject));

        Money cost = offering.eligibleCost();
        Money own = requiredOwnContribution(scheme.ownContribution(), cost);
        Scheme.Benefit rate = scheme.benefitFor(offering.type());
        Scheme.CoFinancing coFinancing = scheme.coFinancing();
        Money coFinanced =
                coFinancing == null ? Money.ZERO : cost.percentage(coFinancing.percentage(), coFinancing.rounding());
        Money benefit = cost.percentage(rate.percentage(), rate.rounding()).min(rate.maximum());
        Money left = cost.minus(own).minus(coFinanced);
        Money grant = left.isPositive() ? benefit.min(left) : Money.ZERO;
        if (!grant.isPositive()) {
            reasons.add(new Reason(
                    SchemeRule.S9_ELIGIBLE_COST,
                    cost.isZero()
                            ? "Deze opleiding heeft geen kosten die de regeling vergoedt."
                            : left.isPositive()
                                    ? "Wat de regeling van deze kosten vergoedt, is minder dan één cent."
                                    : "Na uw eigen bijdrage van " + Wording.money(own)
                                            + (coFinanced.isPositive()
                                                    ? " en het deel van " + Wording.money(coFinanced) + " dat "
                                                            + java.util.Objects.requireNonNull(coFinancing)
                                                                    .by()
                                                                    .dutch()
                                                            + " betaalt"
                                                    : "")
                                            + " blijft er niets over dat de regeling vergoedt."));
        }
        if (!reasons.isEmpty()) {
            reasons.sort(Comparator.comparingInt((Reason r) -> r.rule().ordinal()));
            return new Assessment.Ineligible(reasons);
        }
        return new Assessment.Eligible(
                grant,
                cost.minus(grant).minus(coFinanced),
                coFinanced,
                explanation(scheme, offering.type(), cost, own, coFinanced, grant));
    }

    /**
     * The rules about the person alone (S1 to S5), before any offering is chosen: what {@link #assess} checks first,
     * so that "may I apply in this window?" and the decision on an application give the same rules and the same
     * words. Every failing rule, in the order of their ids; empty when the person meets them all.
     */
    public static List<Reason> aboutThePerson(Scheme scheme, Applicant applicant, LocalDate day, GrantHistory history) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(history, "history");
        if (day.isBefore(applicant.birthDate())) {
            throw new IllegalArgumentException("a day before the birth date");
        }
        Scheme.Conditions conditions = scheme.conditions();
        List<Reason> reasons = new ArrayList<>();
        age(conditions, applicant, day).ifPresent(reasons::add);
        if (conditions.labourMarketTieRequired() && !applicant.tiedToDutchLabourMarket()) {
            reasons.add(new Reason(
                    SchemeRule.S2_LABOUR_MARKET,
                    "U heeft geen binding met de Nederlandse arbeidsmarkt. Die binding is nodig voor deze regeling."
                            + " U heeft die binding bijvoorbeeld als u in Nederland woont of werkt."));
        }
        EducationLevel maximumLevel = conditions.maximumEducationLevel();
        if (maximumLevel != null && !applicant.highestEducationLevel().isAtMost(maximumLevel)) {
            reasons.add(new Reason(
                    SchemeRule.S3_EDUCATION_LEVEL,
                    "Uw hoogste opleiding is "
                            + applicant.highestEducationLevel().dutch()
                            + ". Deze regeling is voor mensen met een opleiding tot en met "
                            + maximumLevel.dutch() + "."));
        }
        String sector = applicant.sector();
        if (!conditions.sectors().isEmpty()
                && (sector == null || !conditions.sectors().contains(sector))) {
            reasons.add(new Reason(
                    SchemeRule.S4_SECTOR,
                    (sector == null
                                    ? "U werkt niet in een sector van deze regeling."
                                    : "U werkt in de sector " + sector + ".")
                            + " Deze regeling is alleen voor mensen die werken in: "
                            + Wording.list(List.copyOf(new TreeSet<>(conditions.sectors()))) + "."));
        }
        TargetExpression.Subject subject =
                new TargetExpression.Subject(applicant, day, null, followOnYear(scheme, history, day));
        reasons.addAll(scheme.openTo().unmetByThePerson(subject));
        Scheme.CoFinancing coFinancing = scheme.coFinancing();
        if (coFinancing != null && !hasCoFinancer(coFinancing.by(), applicant)) {
            reasons.add(new Reason(
                    SchemeRule.C1_CO_FINANCER,
                    switch (coFinancing.by()) {
                        case EMPLOYER ->
                            "Bij deze regeling betaalt uw werkgever " + Wording.percentage(coFinancing.percentage())
                                    + " van de kosten. Volgens de gegevens van UWV werkt u nu niet in loondienst."
                                    + " Daarom kunt u deze regeling niet krijgen.";
                        case SECTOR_FUND ->
                            "Bij deze regeling betaalt het opleidingsfonds van uw sector "
                                    + Wording.percentage(coFinancing.percentage())
                                    + " van de kosten. Volgens de gegevens van UWV werkt u niet in een sector met"
                                    + " zo'n fonds.";
                    }));
        }
        if (conditions.oncePerCalendarYear()) {
            history.inYearOf(scheme.id(), day)
                    .ifPresent(earlier -> reasons.add(new Reason(
                            SchemeRule.S5_ONCE_PER_YEAR,
                            "U kreeg op " + Wording.date(earlier.grantedOn()) + " al geld uit deze regeling. U kunt"
                                    + " dat maar één keer per kalenderjaar krijgen. In "
                                    + (day.getYear() + 1) + " kunt u weer een aanvraag doen.")));
        }
        reasons.sort(Comparator.comparingInt((Reason r) -> r.rule().ordinal()));
        return List.copyOf(reasons);
    }

    /**
     * Whether {@code day} falls in a follow-on year of a programme of this scheme: the person was granted it in one of
     * the {@code programme-years - 1} calendar years before, and not yet in this one.
     */
    public static boolean followOnYear(Scheme scheme, GrantHistory history, LocalDate day) {
        if (scheme.programmeYears() < 2) {
            return false;
        }
        int year = day.getYear();
        boolean earlier = false;
        for (GrantHistory.EarlierGrant grant : history.grants()) {
            if (!grant.schemeId().equals(scheme.id())) {
                continue;
            }
            int granted = grant.grantedOn().getYear();
            if (granted == year) {
                return false;
            }
            if (granted < year && granted >= year - (scheme.programmeYears() - 1)) {
                earlier = true;
            }
        }
        return earlier;
    }

    private static boolean hasCoFinancer(Scheme.CoFinancer by, Applicant applicant) {
        return switch (by) {
            case EMPLOYER -> applicant.positions().contains(LabourMarketPosition.EMPLOYED);
            case SECTOR_FUND -> applicant.sector() != null;
        };
    }

    private static Optional<Reason> age(Scheme.Conditions conditions, Applicant applicant, LocalDate day) {
        int age = Period.between(applicant.birthDate(), day).getYears();
        String onDay = "Op " + Wording.date(day) + " bent u " + age + " jaar.";
        if (age < conditions.minimumAge()) {
            return Optional.of(new Reason(
                    SchemeRule.S1_AGE,
                    onDay + " U moet minstens " + conditions.minimumAge() + " jaar zijn voor deze regeling."));
        }
        return switch (conditions.maximumAge()) {
            case Scheme.UpToAge(int years)
            when age > years ->
                Optional.of(new Reason(
                        SchemeRule.S1_AGE, onDay + " Deze regeling is voor mensen tot en met " + years + " jaar."));
            case Scheme.UpToAge ignored -> Optional.empty();
            case Scheme.UntilStatePensionAge(StatePensionAge schedule) -> {
                LocalDate reached = schedule.reachedOn(applicant.birthDate());
                yield reached.isAfter(day)
                        ? Optional.empty()
                        : Optional.of(new Reason(
                                SchemeRule.S1_AGE,
                                "U heeft op " + Wording.date(reached) + " de AOW-leeftijd bereikt ("
                                        + schedule.stepFor(applicant.birthDate())
                                                .dutch()
                                        + "). Deze regeling is voor mensen die de AOW-leeftijd nog niet"
                                        + " hebben."));
            }
        };
    }

    private static Money requiredOwnContribution(Scheme.OwnContribution rule, Money cost) {
        return switch (rule) {
            case Scheme.NoOwnContribution ignored -> Money.ZERO;
            case Scheme.PercentageContribution(var percentage, var rounding) -> cost.percentage(percentage, rounding);
            case Scheme.FixedContribution(Money amount) -> amount.min(cost);
        };
    }

    private static String explanation(
            Scheme scheme,
            nl.leerbudget.shared.OfferingType type,
            Money cost,
            Money own,
            Money coFinanced,
            Money grant) {
        Scheme.Benefit rate = scheme.benefitFor(type);
        StringBuilder text = new StringBuilder()
                .append("U voldoet aan alle voorwaarden van ")
                .append(scheme.name())
                .append(". De kosten die meetellen zijn ")
                .append(Wording.money(cost))
                .append(". De regeling betaalt ")
                .append(Wording.percentage(rate.percentage()))
                .append(" daarvan, tot maximaal ")
                .append(Wording.money(rate.maximum()))
                .append(scheme.benefitsByType().containsKey(type) ? " (voor " + Wording.offeringType(type) + ")" : "")
                .append(".");
        Scheme.CoFinancing coFinancing = scheme.coFinancing();
        if (coFinancing != null && coFinanced.isPositive()) {
            text.append(" ")
                    .append(Character.toUpperCase(coFinancing.by().dutch().charAt(0)))
                    .append(coFinancing.by().dutch().substring(1))
                    .append(" betaalt ")
                    .append(Wording.percentage(coFinancing.percentage()))
                    .append(": ")
                    .append(Wording.money(coFinanced))
                    .append(" (cofinanciering).");
        }
        if (own.isPositive()) {
            text.append(" U betaalt zelf minstens ").append(Wording.money(own)).append(" (eigen bijdrage).");
        }
        text.append(" U krijgt ").append(Wording.money(grant)).append(".");
        Money yours = cost.minus(grant).minus(coFinanced);
        if (yours.isPositive()) {
            text.append(" Zelf betaalt u ").append(Wording.money(yours)).append(".");
        }
        text.append(
                switch (scheme.providerPayment()) {
                    case AFTER_CONFIRMED_START ->
                        " De opleider krijgt het geld nadat die heeft laten weten dat u bent begonnen.";
                });
        return text.toString();
    }
}
