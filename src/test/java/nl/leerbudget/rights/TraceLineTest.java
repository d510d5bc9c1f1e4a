package nl.leerbudget.rights;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"policy", "regressive.floor", "period.not-deducted", "cost.year.estimated", "a.-"})
    void acceptsLowerCaseWordsSeparatedByDots(String rule) {
        assertThatCode(() -> new TraceLine(rule, 0, "tekst", null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", ".", "policy.", ".policy", "policy..floor", "Policy", "not-deducted", "cost.year2", "a b"})
    void refusesAnythingElseAsARuleId(String rule) {
        assertThatThrownBy(() -> new TraceLine(rule, 0, "tekst", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
