package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Money of a withdrawn or lapsed grant offered to the waiting list of an open first-come window: a window decided in
 * receipt order, then some grants given back and the list promoted.
 */
class WaitingListPromotionPropertiesTest {

    private static final String GROUP = "mbo4";

    @Provide
    Arbitrary<List<Application>> applications() {
        Arbitrary<Application> one = Combinators.combine(
                        Arbitraries.longs().between(1, 100_000), Arbitraries.of(true, false))
                .as((cents, member) -> new Application(
                        UUID.randomUUID().toString(),
                        new PersonId(UUID.randomUUID()),
                        Money.cents(cents),
                        member ? Set.of(GROUP) : Set.of()));
        return one.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 500)
    void promotionMovesNoMoneyOutOfNothingAndNobodyOvertakesSomeoneWhoCouldUseThePot(
            @ForAll("applications") List<Application> applications,
            @ForAll @LongRange(min = 1, max = 1_500_000) long budgetCents,
            @ForAll @LongRange(min = 0, max = 100) long reservedPercent,
            @ForAll @IntRange(min = 0, max = 5) int withdrawn) {
        long reserved = budgetCents * reservedPercent / 100;
        List<SubBudget> subBudgets = reserved == 0 ? List.of() : List.of(new SubBudget(GROUP, Money.cents(reserved)));
        Allocator allocator = Allocator.open(new Budget(Money.cents(budgetCents)), subBudgets);
        List<Decision.Granted> grants = new ArrayList<>();
        List<Waiting> waitlist = new ArrayList<>();
        for (Application application : applications) {
            switch (allocator.decide(application)) {
                case Decision.Granted granted -> grants.add(granted);
                case Decision.Waitlisted waitlisted -> waitlist.add(new Waiting(application, waitlisted.position()));
                case Decision.Rejected rejected -> throw new AssertionError(rejected);
            }
        }
        long freed = 0;
        for (Decision.Granted grant : grants.subList(0, Math.min(withdrawn, grants.size()))) {
            allocator.giveBack(grant.drawnFrom());
            freed += grant.amount().cents();
        }
        long before = total(allocator.remaining());

        Promotion promotion = allocator.promote(waitlist);

        long promoted = promotion.promoted().stream()
                .mapToLong(o -> o.application().amount().cents())
                .sum();
        assertThat(total(allocator.remaining()) + promoted).isEqualTo(before);
        assertThat(promotion.unused().cents()).isEqualTo(total(allocator.remaining()));
        assertThat(before).isLessThanOrEqualTo(budgetCents);
        assertThat(promoted).isLessThanOrEqualTo(before);
        assertThat(freed).isLessThanOrEqualTo(before);

        // Those still waiting keep their order, numbered from 1.
        assertThat(promotion.waitlist()).extracting(Waiting::position).containsExactly(positions(promotion));
        assertThat(allocator.waiting()).isEqualTo(promotion.waitlist().size());
        List<String> order =
                waitlist.stream().map(w -> w.application().reference()).toList();
        List<String> stillOrder = promotion.waitlist().stream()
                .map(w -> w.application().reference())
                .toList();
        assertThat(stillOrder)
                .isEqualTo(order.stream().filter(stillOrder::contains).toList());

        // Nobody behind a waiting application took money from a pot it could use.
        for (Waiting still : promotion.waitlist()) {
            int position = order.indexOf(still.application().reference());
            Set<String> usable = usable(still.application(), subBudgets);
            for (Outcome outcome : promotion.promoted()) {
                if (order.indexOf(outcome.application().reference()) > position) {
                    Decision.Granted granted = (Decision.Granted) outcome.decision();
                    assertThat(granted.drawnFrom().keySet()).doesNotContainAnyElementsOf(usable);
                }
            }
        }

        // Exactly the pots someone still waiting may use stay closed: a new application cannot jump the list.
        Set<String> closed = new HashSet<>();
        allocator.pots().stream().filter(Allocator.Pot::closed).forEach(p -> closed.add(p.name()));
        Set<String> wanted = new LinkedHashSet<>();
        promotion.waitlist().forEach(w -> wanted.addAll(usable(w.application(), subBudgets)));
        assertThat(closed).isEqualTo(wanted);
    }

    @Test
    void aWithdrawnGrantGoesToTheFirstWhoFitsNotToSomeoneBehindThemWhoCouldUseTheSamePot() {
        Allocator allocator =
                Allocator.open(new Budget(Money.euros(1_000)), List.of(new SubBudget(GROUP, Money.euros(600))));
        Decision first = allocator.decide(application("first", 1_000, true));
        Decision second = allocator.decide(application("second", 800, false));
        Decision third = allocator.decide(application("third", 300, true));
        assertThat(first).isInstanceOf(Decision.Granted.class);
        assertThat(second).isEqualTo(new Decision.Waitlisted(1));
        assertThat(third).isEqualTo(new Decision.Waitlisted(2));

        allocator.giveBack(((Decision.Granted) first).drawnFrom());
        Promotion promotion = allocator.promote(List.of(
                new Waiting(application("second", 800, false), 1), new Waiting(application("third", 300, true), 2)));

        // "second" may use only the general pot (400 euros): it keeps waiting and keeps the general pot from
        // "third", who is granted from the group's 600 euros instead.
        assertThat(promotion.promoted()).hasSize(1);
        assertThat(promotion.promoted().getFirst().decision())
                .isEqualTo(new Decision.Granted(Money.euros(300), Map.of(GROUP, Money.euros(300))));
        assertThat(promotion.waitlist())
                .extracting(w -> w.application().reference())
                .containsExactly("second");
        assertThat(allocator.remaining())
                .containsEntry(GROUP, Money.euros(300))
                .containsEntry("general", Money.euros(400));
        assertThat(allocator.pots())
                .filteredOn(Allocator.Pot::closed)
                .extracting(Allocator.Pot::name)
                .containsExactly("general");
    }

    private static Application application(String reference, long euros, boolean member) {
        return new Application(
                reference,
                new PersonId(UUID.nameUUIDFromBytes(reference.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                Money.euros(euros),
                member ? Set.of(GROUP) : Set.of());
    }

    private static Set<String> usable(Application application, List<SubBudget> subBudgets) {
        Set<String> usable = new HashSet<>();
        for (SubBudget subBudget : subBudgets) {
            if (application.groups().contains(subBudget.group())) {
                usable.add(subBudget.group());
            }
        }
        usable.add(Allocation.GENERAL);
        return usable;
    }

    private static Integer[] positions(Promotion promotion) {
        Integer[] positions = new Integer[promotion.waitlist().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i + 1;
        }
        return positions;
    }

    private static long total(Map<String, Money> pots) {
        return pots.values().stream().mapToLong(Money::cents).sum();
    }
}
