package nl.leerbudget.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"1000, 100000", "1000.5, 100050", "0.01, 1", "-3.75, -375", "92233720368547758.07, 9223372036854775807"
    })
    void parsesDecimalStringsIntoCents(String text, long cents) {
        assertThat(Money.parse(text).cents()).isEqualTo(cents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,00", "1.001", "1e3", "abc", "92233720368547758.08", "100000000000000000", " 1"})
    void refusesAnythingButAPlainDecimalThatFits(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTwoDecimals() {
        assertThat(Money.cents(100050).toDecimalString()).isEqualTo("1000.50");
        assertThat(Money.cents(-5).toDecimalString()).isEqualTo("-0.05");
    }

    @Test
    void failsOnOverflowInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.cents(Long.MAX_VALUE).plus(Money.cents(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundsPercentagesWithTheModeTheRuleNames() {
        assertThat(Money.cents(333).percentage(new BigDecimal("50"), RoundingMode.HALF_UP))
                .isEqualTo(Money.cents(167));
        assertThat(Money.cents(333).percentage(new BigDecimal("50"), RoundingMode.DOWN))
                .isEqualTo(Money.cents(166));
    }
}
