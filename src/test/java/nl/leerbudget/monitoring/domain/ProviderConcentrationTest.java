package nl.leerbudget.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderConcentrationTest {

    /** The worked example of docs/monitoring.md: twelve providers sharing 1,000,000 euros. */
    @Test
    void theWorkedExampleHasTheTopFiveAtSeventyFivePercentAndAnHhiOf1625() {
        List<Long> euros = List.of(
                300_000L, 200_000L, 100_000L, 100_000L, 50_000L, 50_000L, 50_000L, 50_000L, 25_000L, 25_000L, 25_000L,
                25_000L);
        // in cents, in another order: the order of the providers does not matter
        List<Long> cents = euros.reversed().stream().map(e -> e * 100).toList();

        ProviderConcentration concentration = ProviderConcentration.of(cents);

        assertThat(concentration.providers()).isEqualTo(12);
        assertThat(concentration.totalCents()).isEqualTo(100_000_000L);
        assertThat(concentration.top5Percent()).isEqualByComparingTo(new BigDecimal("75.0"));
        assertThat(concentration.top10Percent()).isEqualByComparingTo(new BigDecimal("95.0"));
        // 30^2 + 20^2 + 10^2 + 10^2 + 4 x 5^2 + 4 x 2.5^2 = 900 + 400 + 200 + 100 + 25
        assertThat(concentration.hhi()).isEqualByComparingTo(new BigDecimal("1625"));
    }

    @Test
    void oneProviderTakingEverythingHasTheHighestIndex() {
        ProviderConcentration one = ProviderConcentration.of(List.of(0L, 12_345L, 0L));

        assertThat(one.providers()).isEqualTo(1);
        assertThat(one.top5Percent()).isEqualByComparingTo("100.0");
        assertThat(one.hhi()).isEqualByComparingTo("10000");
    }

    @Test
    void equalSharesRoundHalfUpOnce() {
        // three equal providers: 33.33...% each, HHI 3,333.33... rounds to 3,333; top 5 is all of it
        ProviderConcentration three = ProviderConcentration.of(List.of(1L, 1L, 1L));

        assertThat(three.hhi()).isEqualByComparingTo("3333");
        assertThat(three.top5Percent()).isEqualByComparingTo("100.0");
    }

    @Test
    void nothingReceivedIsNoConcentrationAndANegativeAmountIsAnError() {
        assertThat(ProviderConcentration.of(List.of()).providers()).isZero();
        assertThatThrownBy(() -> ProviderConcentration.of(List.of(5L, -1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
