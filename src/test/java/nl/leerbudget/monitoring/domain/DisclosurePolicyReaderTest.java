package nl.leerbudget.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisclosurePolicyReaderTest {

    @Test
    void refusesAThresholdWithoutItsUnitAndNamesEveryProblem() {
        String text = """
                id = openbaarmaking-test
                version = 1
                description = test
                effective-from = 2027-01-01
                minimum-people = 10
                dominance = 30 percent
                carry-over-releases = misschien
                """;

        assertThatThrownBy(() -> DisclosurePolicyReader.read(text, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum-people")
                .hasMessageContaining("10 people")
                .hasMessageContaining("carry-over-releases");
    }

    @Test
    void refusesAMinimumOfOnePerson() {
        String text = """
                id = openbaarmaking-test
                version = 1
                description = test
                effective-from = 2027-01-01
                minimum-people = 1 people
                dominance = 30 percent
                carry-over-releases = yes
                """;

        assertThatThrownBy(() -> DisclosurePolicyReader.read(text, "test")).hasMessageContaining("at least 2");
    }
}
