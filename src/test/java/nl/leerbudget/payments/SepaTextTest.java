package nl.leerbudget.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SepaTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Zoë de Vries | Zoe de Vries",
                "Café Ĳsselmeer | Cafe IJsselmeer",
                "ĳzer en Ĳmuiden | ijzer en IJmuiden",
                "Rijn-IJssel | Rijn-IJssel",
                "Groß & Söhne | Gross + Sohne",
                "Ærø Łódź | AEro Lodz",
                "’t Hoen | 't Hoen",
                "a_b;c!  d | a-b,c. d",
                "Prijs: € 12,50 | Prijs: EUR 12,50",
                "Naïef@home #1 | Naief home 1",
                "学校 | \"\"",
            })
    void convertsToTheSepaCharacterSet(String text, String sepa) {
        assertThat(SepaText.of(text)).isEqualTo(sepa);
    }

    @Test
    void turnsTabsAndLineBreaksIntoSingleSpaces() {
        assertThat(SepaText.of("  tabs\tand\r\nlines  ")).isEqualTo("tabs and lines");
    }

    @ParameterizedTest
    @CsvSource({"abc def, 4, abc", "abcdef, 6, abcdef", "abcdef, 3, abc"})
    void cutsWithoutATrailingSpace(String text, int length, String cut) {
        assertThat(SepaText.cut(text, length)).isEqualTo(cut);
    }
}
