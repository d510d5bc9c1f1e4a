package nl.leerbudget.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KvkTest {

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
