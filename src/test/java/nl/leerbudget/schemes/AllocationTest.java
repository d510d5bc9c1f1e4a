package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final String MBO4 = "mbo4";

    static PersonId person(int n) {
        return new PersonId(new UUID(0, n));
    }

    static Application application(int person, long euros, String... groups) {
        return new Application("a" + person, person(person), Money.euros(euros), Set.of(groups));
    }

    static Budget budget(long euros) {
        return new Budget(Money.euros(euros));
    }

    @Test
    void grantsInReceiptOrderUntilTheBudgetIsSpentAndWaitlistsTheRest() {
        Allotment allotment = Allocation.firstComeFirstServed(
                List.of(application(1, 1000), application(2, 1000), application(3, 1000), application(4, 1000)),
                budget(2500),
                List.of());

        assertThat(allotment.outcomes())
                .extracting(Outcome::decision)
                .containsExactly(
                        new Decision.Granted(Money.euros(1000), Map.of(Allocation.GENERAL, Money.euros(1000))),
                        new Decision.Granted(Money.euros(1000), Map.of(Allocation.GENERAL, Money.euros(1000))),
                        new Decision.Waitlisted(1),
                        new Decision.Waitlisted(2));
        assertThat(allotment.remaining()).containsEntry(Allocation.GENERAL, Money.euros(500));
        assertThat(allotment.grantedTotal()).isEqualTo(Money.euros(2000));
    }

    @Test
    void aLaterSmallerApplicationDoesNotOvertakeAWaitingOne() {
        Allotment allotment = Allocation.firstComeFirstServed(
                List.of(application(1, 1000), application(2, 1000), application(3, 400)), budget(1500), List.of());

        assertThat(allotment.outcomes().get(2).decision()).isEqualTo(new Decision.Waitlisted(2));
    }

    @Test
    void rejectsTheSecondApplicationOfAPersonInTheWindow() {
        Allotment allotment = Allocation.firstComeFirstServed(
                List.of(application(1, 500), application(1, 300), application(2, 500)), budget(5000), List.of());

        assertThat(allotment.outcomes().get(1).decision())
                .isInstanceOfSatisfying(
                        Decision.Rejected.class,
                        rejected -> assertThat(rejected.reason().ruleId()).isEqualTo("A1"));
        assertThat(allotment.granted()).hasSize(2);
        assertThat(allotment.grantedTotal()).isEqualTo(Money.euros(1000));
    }

    @Test
    void keepsTheReservedSubBudgetForItsGroup() {
        Allotment allotment = Allocation.firstComeFirstServed(
                List.of(
                        application(1, 1000),
                        application(2, 1000),
                        application(3, 1000),
                        application(4, 1000, MBO4),
                        application(5, 1000, MBO4)),
                budget(3000),
                List.of(new SubBudget(MBO4, Money.euros(1000))));

        assertThat(allotment.outcomes())
                .extracting(Outcome::decision)
                .containsExactly(
                        new Decision.Granted(Money.euros(1000), Map.of(Allocation.GENERAL, Money.euros(1000))),
                        new Decision.Granted(Money.euros(1000), Map.of(Allocation.GENERAL, Money.euros(1000))),
                        new Decision.Waitlisted(1),
                        new Decision.Granted(Money.euros(1000), Map.of(MBO4, Money.euros(1000))),
                        new Decision.Waitlisted(2));
    }

    @Test
    void aGroupMemberDrawsOnTheReservationFirstAndThenOnTheRest() {
        Allotment allotment = Allocation.firstComeFirstServed(
                List.of(application(1, 1000, MBO4)), budget(2000), List.of(new SubBudget(MBO4, Money.euros(400))));

        assertThat(allotment.outcomes().getFirst().decision())
                .isEqualTo(new Decision.Granted(
                        Money.euros(1000), Map.of(MBO4, Money.euros(400), Allocation.GENERAL, Money.euros(600))));
        assertThat(allotment.remaining())
                .containsEntry(MBO4, Money.ZERO)
                .containsEntry(Allocation.GENERAL, Money.euros(1000));
    }

    @Test
    void refusesSubBudgetsThatReserveMoreThanTheBudget() {
        assertThatThrownBy(() -> Allocation.firstComeFirstServed(
                        List.of(), budget(100), List.of(new SubBudget(MBO4, Money.euros(101)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void promotesFromTheWaitingListInOrderWhenMoneyIsFreed() {
        List<Waiting> waitlist = List.of(
                new Waiting(application(1, 1000), 1),
                new Waiting(application(2, 300), 2),
                new Waiting(application(3, 500), 3));

        Promotion tooLittle = Allocation.promote(waitlist, Money.euros(900));
        assertThat(tooLittle.promoted()).isEmpty();
        assertThat(tooLittle.unused()).isEqualTo(Money.euros(900));
        assertThat(tooLittle.waitlist()).isEqualTo(waitlist);

        Promotion enough = Allocation.promote(waitlist, Money.euros(1400));
        assertThat(enough.promoted()).extracting(o -> o.application().person()).containsExactly(person(1), person(2));
        assertThat(enough.unused()).isEqualTo(Money.euros(100));
        assertThat(enough.waitlist()).containsExactly(new Waiting(application(3, 500), 1));
    }

    @Test
    void offersMoneyFreedFromAReservationOnlyToTheGroup() {
        List<Waiting> waitlist =
                List.of(new Waiting(application(1, 500), 1), new Waiting(application(2, 500, MBO4), 2));

        Promotion promotion = Allocation.promote(waitlist, Money.euros(500), MBO4);

        assertThat(promotion.promoted())
                .extracting(o -> o.application().person())
                .containsExactly(person(2));
        assertThat(promotion.waitlist()).containsExactly(new Waiting(application(1, 500), 1));
    }

    @Test
    void aLotteryWithThePublishedSeedAlwaysDrawsTheSameAndAnotherSeedDrawsOtherwise() {
        List<Application> applications = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            applications.add(application(i, 1000));
        }

        Allotment first = Allocation.lottery(applications, budget(5000), List.of(), 20220301L);
        Allotment again = Allocation.lottery(List.copyOf(applications), budget(5000), List.of(), 20220301L);
        Allotment other = Allocation.lottery(applications, budget(5000), List.of(), 20220302L);

        assertThat(again).isEqualTo(first);
        assertThat(first.granted()).hasSize(5);
        assertThat(persons(other)).isNotEqualTo(persons(first));
        assertThat(persons(first))
                .isNotEqualTo(persons(Allocation.firstComeFirstServed(applications, budget(5000), List.of())));
    }

    @Test
    void aLotteryRejectsSecondApplicationsBeforeTheDraw() {
        Allotment allotment = Allocation.lottery(
                List.of(application(1, 100), application(1, 100), application(2, 100)), budget(1000), List.of(), 7L);

        assertThat(allotment.granted()).hasSize(2);
        assertThat(allotment.outcomes().getLast().decision()).isInstanceOf(Decision.Rejected.class);
    }

    private static List<PersonId> persons(Allotment allotment) {
        return allotment.granted().stream().map(o -> o.application().person()).toList();
    }
}
