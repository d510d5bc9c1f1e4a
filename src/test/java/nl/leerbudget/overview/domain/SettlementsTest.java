package nl.leerbudget.overview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SettlementsTest {

    private static final Settlements.Held GRANT = new Settlements.Held(100_000, true);
    private static final Settlements.Held EMPLOYER = new Settlements.Held(150_000, false);
    private static final Settlements.Held RIGHT = new Settlements.Held(50_000, false);

    @Test
    void theBookedPriceSettlesEveryHoldWhole() {
        assertThat(Settlements.settle(List.of(GRANT, EMPLOYER, RIGHT), 300_000, 300_000, 0, 300_000))
                .isEqualTo(new Settlements.Outcome.Settled(List.of(100_000L, 150_000L, 50_000L)));
    }

    @Test
    void aLowerPriceIsTakenOffTheLastCompartmentsInThePlanFirstAndTheGrantStaysWhole() {
        assertThat(Settlements.settle(List.of(GRANT, EMPLOYER, RIGHT), 300_000, 300_000, 0, 200_000))
                .isEqualTo(new Settlements.Outcome.Settled(List.of(100_000L, 100_000L, 0L)));
    }

    @Test
    void whatThePersonPaysGoesDownFirst() {
        // Price 3,500 of which 3,000 eligible; the compartments held 3,000. A final price of 3,200 leaves them
        // paying 3,000: the 300 off comes off the materials the person pays.
        assertThat(Settlements.settle(List.of(GRANT, EMPLOYER, RIGHT), 350_000, 300_000, 0, 320_000))
                .isEqualTo(new Settlements.Outcome.Settled(List.of(100_000L, 150_000L, 50_000L)));
    }

    @Test
    void anAmountBelowTheGrantIsRefusedAndOneAboveThePriceToo() {
        assertThat(Settlements.settle(List.of(GRANT, EMPLOYER), 250_000, 250_000, 0, 90_000))
                .isEqualTo(new Settlements.Outcome.BelowGrants(100_000));
        assertThat(Settlements.settle(List.of(GRANT, EMPLOYER), 250_000, 250_000, 0, 250_001))
                .isEqualTo(new Settlements.Outcome.AbovePrice(250_000));
    }

    @Test
    void theMinimumOwnPaymentStaysThePersons() {
        assertThat(Settlements.settle(List.of(EMPLOYER), 200_000, 200_000, 10_000, 100_000))
                .isEqualTo(new Settlements.Outcome.Settled(List.of(90_000L)));
    }

    @Property
    void neverSettlesMoreThanHeldOrThanTheAmountAndReleasesTheRest(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 500_000) Integer> holds,
            @ForAll @IntRange(min = 0, max = 3_000_000) int amount) {
        List<Settlements.Held> held =
                holds.stream().map(h -> new Settlements.Held(h, false)).toList();
        long total = holds.stream().mapToLong(Integer::longValue).sum();
        long price = Math.max(total, amount);
        var outcome = Settlements.settle(held, price, price, 0, amount);
        assertThat(outcome).isInstanceOf(Settlements.Outcome.Settled.class);
        List<Long> parts = ((Settlements.Outcome.Settled) outcome).amounts();
        long settled = 0;
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i)).isBetween(0L, (long) holds.get(i));
            settled += parts.get(i);
        }
        assertThat(settled).isEqualTo(Math.min(total, amount));
    }
}
