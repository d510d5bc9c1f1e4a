package nl.leerbudget.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerbudget.monitoring.DisclosurePolicy;
import nl.leerbudget.monitoring.DisclosureRule;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private static final DisclosurePolicy POLICY = DisclosurePolicyReader.builtIn();
    private static final List<String> LEVELS = List.of("laag", "middelbaar", "hoog", "onbekend");
    private static final List<String> AGES = List.of("18-34", "35-49", "50+");

    /** The worked example of docs/monitoring.md. */
    private static CrossTable uptake(long laag50plus, long onbekend18) {
        return CrossTable.ofCounts("gebruik-opleidingsniveau-leeftijd", LEVELS, AGES, new long[][] {
            {120, 85, laag50plus}, {240, 160, 60}, {310, 190, 45}, {onbekend18, 12, 3}
        });
    }

    @Test
    void theWorkedExampleHidesTheSmallCellsAndOneComplementThatClosesTheRectangle() {
        ProtectedTable published = Disclosure.protect(uptake(7, 4), POLICY);

        assertThat(published.hidden())
                .containsExactly(
                        Map.entry(new Position(0, 0), DisclosureRule.COMPLEMENTARY),
                        Map.entry(new Position(0, 2), DisclosureRule.FEW_PEOPLE),
                        Map.entry(new Position(3, 0), DisclosureRule.FEW_PEOPLE),
                        Map.entry(new Position(3, 2), DisclosureRule.FEW_PEOPLE));
        assertThat(published.value(new Position(3, 1))).contains(12L);
        assertThat(published.value(new Position(3, 3))).contains(19L);
        assertThat(published.value(new Position(4, 3))).contains(1236L);
        assertThat(published.value(new Position(0, 2))).isEmpty();
    }

    @Test
    void everyHiddenCellOfTheWorkedExampleHasAWitnessThatKeepsAllPublishedNumbers() {
        ProtectedTable published = Disclosure.protect(uptake(7, 4), POLICY);
        var hidden = new java.util.TreeSet<>(published.hidden().keySet());

        Map<Position, Optional<Witness>> examined = Derivability.examine(4, 3, hidden);

        assertThat(examined).hasSize(4);
        examined.forEach((cell, witness) -> assertThat(witness)
                .hasValueSatisfying(
                        w -> assertThat(WitnessCheck.proves(w, 4, 3, hidden)).isTrue()));
    }

    @Test
    void anEmptyCellIsPublishedBecauseItDescribesNoOne() {
        ProtectedTable published = Disclosure.protect(
                CrossTable.ofCounts("t", List.of("a", "b"), List.of("x", "y"), new long[][] {{0, 40}, {25, 30}}),
                POLICY);

        assertThat(published.hidden()).isEmpty();
        assertThat(published.value(new Position(0, 0))).contains(0L);
    }

    @Test
    void aCellHiddenInThePreviousReleaseStaysHiddenWhenItHasGrown() {
        ProtectedTable first = Disclosure.protect(uptake(7, 4), POLICY);

        ProtectedTable second = Disclosure.protect(uptake(14, 11), POLICY, first.hiddenKeys());

        assertThat(second.reason(new Position(0, 2))).contains(DisclosureRule.EARLIER_RELEASE);
        assertThat(second.reason(new Position(3, 0))).contains(DisclosureRule.EARLIER_RELEASE);
        assertThat(second.reason(new Position(3, 2))).contains(DisclosureRule.FEW_PEOPLE);
        assertThat(second.hiddenKeys()).containsAll(first.hiddenKeys());
    }

    @Test
    void aPolicyWithoutCarryOverJudgesEachReleaseOnItsOwn() {
        DisclosurePolicy fresh =
                new DisclosurePolicy("zonder-overdracht", 1, "test", POLICY.effectiveFrom(), 10, 30, false);
        ProtectedTable first = Disclosure.protect(uptake(7, 4), fresh);

        ProtectedTable second = Disclosure.protect(uptake(14, 11), fresh, first.hiddenKeys());

        assertThat(second.reason(new Position(0, 2))).isNotEqualTo(Optional.of(DisclosureRule.EARLIER_RELEASE));
        assertThat(second.value(new Position(3, 0))).isEmpty();
    }

    @Test
    void anAmountWithOneContributorAboveThirtyPercentIsHidden() {
        List<Contribution> parts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            parts.add(new Contribution(0, 0, "p" + i, 10_000));
            parts.add(new Contribution(1, 0, "q" + i, 10_000));
            parts.add(new Contribution(1, 1, "r" + i, 10_000));
        }
        for (int i = 0; i < 11; i++) {
            parts.add(new Contribution(0, 1, "s" + i, 1_000));
        }
        parts.add(new Contribution(0, 1, "groot", 6_000)); // 6,000 of 17,000: over 30%
        CrossTable table = CrossTable.ofAmounts("uitgaven", List.of("a", "b"), List.of("x", "y"), parts);

        ProtectedTable published = Disclosure.protect(table, POLICY);

        assertThat(published.reason(new Position(0, 1))).contains(DisclosureRule.DOMINANT_CONTRIBUTOR);
        assertThat(Disclosure.primary(table, POLICY, new Position(0, 0))).isEmpty();
        assertThat(Derivability.derivable(
                        2, 2, new java.util.TreeSet<>(published.hidden().keySet())))
                .isEmpty();
    }

    @Test
    void aContributorInSeveralCellsCountsWithItsWholePartInTheMargin() {
        List<Contribution> parts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            parts.add(new Contribution(0, 0, "p" + i, 1_000));
            parts.add(new Contribution(0, 1, "q" + i, 1_000));
        }
        parts.add(new Contribution(0, 0, "groot", 2_900));
        parts.add(new Contribution(0, 1, "groot", 2_900));
        CrossTable table = CrossTable.ofAmounts("uitgaven", List.of("a"), List.of("x", "y"), parts);

        assertThat(table.largest(new Position(0, 2))).isEqualTo(5_800);
        assertThat(table.people(new Position(0, 2))).isEqualTo(21);
        assertThat(Disclosure.primary(table, POLICY, new Position(0, 0))).isEmpty(); // 2,900 of 12,900: 22%
    }

    @Test
    void theBuiltInPolicyHidesUnderTenPeopleAndAboveThirtyPercent() {
        assertThat(POLICY.minimumPeople()).isEqualTo(10);
        assertThat(POLICY.dominancePercent()).isEqualTo(30);
        assertThat(POLICY.carryOverReleases()).isTrue();
        assertThat(Set.of(POLICY.id())).containsExactly("openbaarmaking-2027");
    }
}
