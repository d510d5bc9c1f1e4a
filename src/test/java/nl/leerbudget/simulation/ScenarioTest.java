package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void aScenarioIsItsBaselineWithItsChanges() {
        Scenario stap = Scenario.builtIn("stap");

        assertThat(stap.baseline()).isEqualTo("basis");
        assertThat(stap.flag("voucher", stap.start())).isTrue();
        assertThat(stap.flag("right", stap.start())).isFalse();
        assertThat(stap.share("sector.healthcare", stap.start())).isEqualTo(0.145);
        assertThat(stap.changed()).contains("voucher.take-up").doesNotContain("sector.healthcare");
    }

    @Test
    void everyValueHasAUnitAndASource() {
        for (String id : new String[] {
            "basis", "stap", "leerrekening", "regressief", "neutraal", "combinatie", "neutraal-studiepunten"
        }) {
            for (Parameter parameter : Scenario.builtIn(id).all()) {
                assertThat(parameter.source()).as(parameter.key()).isNotBlank();
                assertThat(Scenario.KEYS.get(parameter.key())).isEqualTo(parameter.unit());
            }
        }
    }

    @Test
    void aDatedValueHoldsFromItsDayOn() {
        Scenario scenario = Scenario.parse("gedateerd", """
                name = Gedateerd
                baseline = stap
                voucher.budget = 218000000 EUR | seed 003
                voucher.budget from 2028-01-01 = 125000000 EUR | seed 001 (F9)
                """, Scenario::builtIn);

        assertThat(scenario.cents("voucher.budget", LocalDate.of(2027, 7, 1))).isEqualTo(21_800_000_000L);
        assertThat(scenario.cents("voucher.budget", LocalDate.of(2028, 7, 1))).isEqualTo(12_500_000_000L);
    }

    @Test
    void listsEveryProblemWithItsLineInDutch() {
        assertThatThrownBy(() -> Scenario.parse("fout", """
                        baseline = basis
                        voucher.take-up = 1.5 share | seed
                        voucher.budget = 1000 share | seed
                        onbekend = 1 share | seed
                        voucher.course-price = 1000 EUR |
                        voucher.execution-cost = 10
                        """, Scenario::builtIn))
                .isInstanceOfSatisfying(
                        ScenarioException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "regel 2: voucher.take-up: een aandeel ligt tussen 0 en 1",
                                        "regel 3: voucher.budget heeft de eenheid EUR, niet 'share'",
                                        "regel 4: onbekende sleutel 'onbekend'",
                                        "regel 5: voucher.course-price noemt geen bron (schrijf 'AANNAME: ...' als de waarde"
                                                + " gekozen is)",
                                        "regel 6: schrijf 'sleutel = waarde eenheid | bron', niet 'voucher.execution-cost = 10'",
                                        "de regel 'name = ...' ontbreekt"));
    }

    @Test
    void anUnknownBaselineIsAProblemOfTheScenario() {
        assertThatThrownBy(() -> Scenario.parse("x", "name = X\nbaseline = bestaat-niet\n", Scenario::builtIn))
                .isInstanceOfSatisfying(
                        ScenarioException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("basis 'bestaat-niet': er is geen scenario 'bestaat-niet'"));
    }
}
