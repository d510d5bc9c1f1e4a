package nl.leerbudget.rights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "{0} cents: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | € 0",
                "5 | € 0,05",
                "2370000 | € 23.700",
                "329166 | € 3.291,66",
                "123456789000 | € 1.234.567.890",
                "-150 | € -1,50",
            })
    void writesAmountsTheDutchWay(long cents, String expected) {
        assertThat(Wording.money(Money.cents(cents))).isEqualTo(expected);
    }

    @Test
    void writesDatesAndListsTheDutchWay() {
        assertThat(Wording.date(LocalDate.of(2027, 1, 1))).isEqualTo("1 januari 2027");
        assertThat(Wording.date(LocalDate.of(2061, 10, 6))).isEqualTo("6 oktober 2061");
        assertThat(Wording.list(List.of("mbo", "hbo", "wo"))).isEqualTo("mbo, hbo en wo");
        assertThat(Wording.list(List.of("mbo"))).isEqualTo("mbo");
    }
}
