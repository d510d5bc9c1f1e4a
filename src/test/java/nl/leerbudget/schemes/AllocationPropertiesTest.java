package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;

/**
 * Properties of allocation over random windows: a small pool of people (so that some apply twice), amounts up to EUR
 * 1,000, some applicants in the target group of one sub-budget.
 */
class AllocationPropertiesTest {

    private static final String GROUP = "mbo4";

    @Provide
    Arbitrary<List<Application>> applications() {
        Arbitrary<Application> one = Combinators.combine(
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.longs().between(1, 100_000),
                        Arbitraries.of(true, false))
                .as((person, cents, member) -> new Application(
                        "a" + person,
                        new PersonId(new UUID(0, person)),
                        Money.cents(cents),
                        member ? Set.of(GROUP) : Set.of()));
        return one.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void grantsNeverExceedTheBudgetNorAnySubBudget(
            @ForAll("applications") List<Application> applications,
            @ForAll @LongRange(min = 1, max = 3_000_000) long budgetCents,
            @ForAll @LongRange(min = 0, max = 100) long reservedPercent,
            @ForAll long seed) {
        Budget budget = new Budget(Money.cents(budgetCents));
        long reserved = budgetCents * reservedPercent / 100;
        List<SubBudget> subBudgets = reserved == 0 ? List.of() : List.of(new SubBudget(GROUP, Money.cents(reserved)));

        for (Allotment allotment : List.of(
                Allocation.firstComeFirstServed(applications, budget, subBudgets),
                Allocation.lottery(applications, budget, subBudgets, seed))) {
            assertThat(allotment.grantedTotal()).isLessThanOrEqualTo(budget.total());
            Map<String, Long> drawn = new HashMap<>();
            for (Outcome outcome : allotment.outcomes()) {
                if (outcome.decision() instanceof Decision.Granted granted) {
                    granted.drawnFrom().forEach((pot, amount) -> {
                        assertThat(pot.equals(Allocation.GENERAL)
                                        || outcome.application().groups().contains(pot))
                                .isTrue();
                        drawn.merge(pot, amount.cents(), Long::sum);
                    });
                }
            }
            assertThat(drawn.getOrDefault(GROUP, 0L)).isLessThanOrEqualTo(reserved);
            assertThat(drawn.getOrDefault(Allocation.GENERAL, 0L)).isLessThanOrEqualTo(budgetCents - reserved);
            assertThat(allotment.outcomes()).hasSize(applications.size());
        }
    }

    @Property(tries = 300)
    void firstComeFirstServedGrantsExactlyTheFirstApplicantsUpToCapacity(
            @ForAll("applications") List<Application> applications,
            @ForAll @LongRange(min = 1, max = 3_000_000) long budgetCents) {
        Allotment allotment =
                Allocation.firstComeFirstServed(applications, new Budget(Money.cents(budgetCents)), List.of());

        List<PersonId> expected = new ArrayList<>();
        Set<PersonId> seen = new HashSet<>();
        long spent = 0;
        for (Application application : applications) {
            if (!seen.add(application.person())) {
                continue;
            }
            if (spent + application.amount().cents() > budgetCents) {
                break;
            }
            spent += application.amount().cents();
            expected.add(application.person());
        }
        assertThat(allotment.granted())
                .extracting(o -> o.application().person())
                .containsExactlyElementsOf(expected);
    }

    @Property(tries = 300)
    void nobodyIsGrantedOrWaitlistedTwiceInAWindow(
            @ForAll("applications") List<Application> applications,
            @ForAll @LongRange(min = 1, max = 3_000_000) long budgetCents,
            @ForAll long seed) {
        Budget budget = new Budget(Money.cents(budgetCents));
        for (Allotment allotment : List.of(
                Allocation.firstComeFirstServed(applications, budget, List.of()),
                Allocation.lottery(applications, budget, List.of(), seed))) {
            List<PersonId> counted = allotment.outcomes().stream()
                    .filter(o -> !(o.decision() instanceof Decision.Rejected))
                    .map(o -> o.application().person())
                    .toList();
            assertThat(counted).doesNotHaveDuplicates();
        }
    }

    @Property(tries = 200)
    void promotionNeverGivesOutMoreThanWasFreed(
            @ForAll("applications") List<Application> applications,
            @ForAll @LongRange(min = 0, max = 500_000) long freedCents) {
        List<Waiting> waitlist = new ArrayList<>();
        for (Application application : applications) {
            waitlist.add(new Waiting(application, waitlist.size() + 1));
        }

        Promotion promotion = Allocation.promote(waitlist, Money.cents(freedCents));

        Money promoted =
                promotion.promoted().stream().map(o -> o.application().amount()).reduce(Money.ZERO, Money::plus);
        assertThat(promoted.plus(promotion.unused())).isEqualTo(Money.cents(freedCents));
        assertThat(promotion.promoted().size() + promotion.waitlist().size()).isEqualTo(waitlist.size());
    }

    /**
     * The application process decides a window batch by batch, storing the pots and the waiting list in between: any
     * split into batches gives exactly the decisions of first come, first served over the whole list.
     */
    @Property(tries = 300)
    void decidingInBatchesFromStoredStateEqualsDecidingTheWholeList(
            @ForAll("applications") List<Application> applications,
            @ForAll @LongRange(min = 1, max = 3_000_000) long budgetCents,
            @ForAll @LongRange(min = 0, max = 100) long reservedPercent,
            @ForAll @LongRange(min = 1, max = 7) long batchSize) {
        Budget budget = new Budget(Money.cents(budgetCents));
        long reserved = budgetCents * reservedPercent / 100;
        List<SubBudget> subBudgets = reserved == 0 ? List.of() : List.of(new SubBudget(GROUP, Money.cents(reserved)));
        Allotment whole = Allocation.firstComeFirstServed(applications, budget, subBudgets);

        List<Decision> inBatches = new ArrayList<>();
        List<Allocator.Pot> stored = Allocator.open(budget, subBudgets).pots();
        int waiting = 0;
        Set<PersonId> applied = new HashSet<>();
        for (int from = 0; from < applications.size(); from += (int) batchSize) {
            Allocator resumed = Allocator.resume(stored, waiting);
            for (Application application :
                    applications.subList(from, (int) Math.min(applications.size(), from + batchSize))) {
                inBatches.add(
                        applied.add(application.person())
                                ? resumed.decide(application)
                                : new Decision.Rejected(Allocation.secondApplicationReason()));
            }
            stored = resumed.pots();
            waiting = resumed.waiting();
        }

        assertThat(inBatches)
                .containsExactlyElementsOf(
                        whole.outcomes().stream().map(Outcome::decision).toList());
    }
}
