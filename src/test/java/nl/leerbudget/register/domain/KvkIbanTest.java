package nl.leerbudget.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KvkIbanTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"NL91ABNA0417164300", "nl91 abna 0417 1643 00", "DE89370400440532013000", "NL44RABO0123456789"})
    void acceptsIbansWithRightCheckDigits(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL92ABNA0417164300", "NL91ABNA041716430", "XX", "", "NL91-ABNA-0417-1643-00"})
    void refusesIbansWithWrongCheckDigitsOrShape(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"30276543", "00000001"})
    void acceptsEightDigitKvkNumbers(String kvk) {
        assertThat(Kvk.isValid(kvk)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3027654", "302765430", "3027654a", ""})
    void refusesOtherKvkNumbers(String kvk) {
        assertThat(Kvk.isValid(kvk)).isFalse();
    }
}
