package nl.leerbudget.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

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

    @Test
    void keepsAnIbanWithoutSpacesInCapitals() {
        assertThat(new Iban("nl91 abna 0417 1643 00").value()).isEqualTo("NL91ABNA0417164300");
        assertThatThrownBy(() -> new Iban("NL92ABNA0417164300"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a valid IBAN");
    }
}
