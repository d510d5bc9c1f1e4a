package nl.leerbudget.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;

/**
 * Properties of the computation over random histories, with the shipped policies and cost table. Birth dates and
 * periods are chosen so that every right starts before the AOW age (born 1973 or later, periods ending by 2035).
 */
class EntitlementPropertiesTest {

    private static final RightsPolicy REGRESSIVE = RightsPolicy.builtIn(RightsPolicy.REGRESSIVE_2027);
    private static final RightsPolicy NEUTRAL = RightsPolicy.builtIn(RightsPolicy.NEUTRAL_2027);
    private static final ReferenceCosts COSTS = ReferenceCosts.standard();
    private static final PersonId PERSON = new PersonId(UUID.fromString("00000000-0000-4000-8000-000000000002"));

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Arbitraries.integers()
                .between(0, (2012 - 1973) * 365)
                .map(days -> LocalDate.of(1973, 1, 1).plusDays(days));
    }

    @Provide
    Arbitrary<EducationPeriod> periods() {
        return periods(Arbitraries.of(true, false));
    }

    @Provide
    Arbitrary<EducationPeriod> fundedPeriods() {
        return periods(Arbitraries.just(true));
    }

    private static Arbitrary<EducationPeriod> periods(Arbitrary<Boolean> funded) {
        Arbitrary<LocalDate> start = Arbitraries.integers()
                .between(0, (2030 - 1985) * 365)
                .map(days -> LocalDate.of(1985, 1, 1).plusDays(days));
        Arbitrary<Integer> days = Arbitraries.integers().between(2, 5 * 365);
        return Combinators.combine(
                        Arbitraries.of(EducationTrack.class), start, days, funded, Arbitraries.of(true, false))
                .as((track, from, length, isFunded, diploma) ->
                        new EducationPeriod(track, from, from.plusDays(length - 1L), isFunded, diploma));
    }

    @Provide
    Arbitrary<List<EducationPeriod>> histories() {
        return periods().list().ofMaxSize(6);
    }

    @Property(tries = 300)
    void moreFundedEducationNeverIncreasesARegressiveRight(
            @ForAll("birthDates") LocalDate birthDate,
            @ForAll("histories") List<EducationPeriod> periods,
            @ForAll("fundedPeriods") EducationPeriod more) {
        List<EducationPeriod> withMore = new ArrayList<>(periods);
        withMore.add(more);

        Money before = amount(REGRESSIVE, birthDate, EducationHistory.of(PERSON, periods));
        Money after = amount(
                REGRESSIVE, birthDate, EducationHistory.of(PERSON, periods).corrected(withMore));

        assertThat(after).isLessThanOrEqualTo(before);
    }

    @Property(tries = 300)
    void aRegressiveRightStaysBetweenZeroAndTheCap(
            @ForAll("birthDates") LocalDate birthDate, @ForAll("histories") List<EducationPeriod> periods) {
        Money amount = amount(REGRESSIVE, birthDate, EducationHistory.of(PERSON, periods));

        assertThat(amount).isBetween(Money.ZERO, Money.euros(35_000));
    }

    @Property(tries = 300)
    void theNeutralRightDoesNotDependOnTheHistory(
            @ForAll("birthDates") LocalDate birthDate,
            @ForAll("histories") List<EducationPeriod> one,
            @ForAll("histories") List<EducationPeriod> other) {
        LearningRight first = right(NEUTRAL, birthDate, EducationHistory.of(PERSON, one));
        LearningRight second = right(NEUTRAL, birthDate, EducationHistory.of(PERSON, other));

        assertThat(first.amount()).isEqualTo(Money.euros(15_000)).isEqualTo(second.amount());
        assertThat(first.validFrom()).isEqualTo(second.validFrom());
        assertThat(first.validUntil()).isEqualTo(second.validUntil());
        assertThat(first.trace().text()).isEqualTo(second.trace().text());
    }

    @Provide
    Arbitrary<LocalDate> anyBirthDates() {
        // From people long past the AOW age (no right) to children.
        return Arbitraries.integers()
                .between(0, (2012 - 1940) * 365)
                .map(days -> LocalDate.of(1940, 1, 1).plusDays(days));
    }

    @Provide
    Arbitrary<RightsPolicy> policies() {
        return Arbitraries.of(
                RightsPolicy.builtIn(RightsPolicy.REGRESSIVE_2027),
                RightsPolicy.builtIn(RightsPolicy.NEUTRAL_2027),
                // Without a cap, at a fixed price year, from an age and deducting vo as well.
                RightsPolicy.parse("""
                        id = regressief-vast
                        version = 1
                        description = Regressief zonder plafond, prijzen van 2024
                        effective-from = 2027-01-01
                        variant = regressive
                        lifetime-entitlement = 60000
                        deducted-sectors = VO, MBO, HBO, WO
                        valuation = price-year 2024
                        start = at-age
                        start-age = 25
                        pension-age = 2024:67y, 2028:67y3m
                        recognised-only = yes
                        offering-types = DIPLOMA_PROGRAMME
                        price-basis = initial-phase
                        """, "regressief-vast.policy"));
    }

    @Property(tries = 2000)
    void theAmountWithoutExplanationIsTheAssessedRightToTheCent(
            @ForAll("policies") RightsPolicy policy,
            @ForAll("anyBirthDates") LocalDate birthDate,
            @ForAll("histories") List<EducationPeriod> periods) {
        EducationHistory history = EducationHistory.of(PERSON, periods);

        Assessment assessed = Entitlement.assess(policy, COSTS, birthDate, history);
        var lean = Entitlement.amount(policy, COSTS, birthDate, history);

        switch (assessed) {
            case Assessment.Entitled entitled -> {
                assertThat(lean).isPresent();
                assertThat(lean.orElseThrow().amount())
                        .isEqualTo(entitled.right().amount());
                assertThat(lean.orElseThrow().validFrom())
                        .isEqualTo(entitled.right().validFrom());
                assertThat(lean.orElseThrow().validUntil())
                        .isEqualTo(entitled.right().validUntil());
            }
            case Assessment.NotEntitled notEntitled -> assertThat(lean).isEmpty();
        }
    }

    private static Money amount(RightsPolicy policy, LocalDate birthDate, EducationHistory history) {
        return right(policy, birthDate, history).amount();
    }

    private static LearningRight right(RightsPolicy policy, LocalDate birthDate, EducationHistory history) {
        Assessment assessment = Entitlement.assess(policy, COSTS, birthDate, history);
        assertThat(assessment).isInstanceOf(Assessment.Entitled.class);
        return ((Assessment.Entitled) assessment).right();
    }
}
