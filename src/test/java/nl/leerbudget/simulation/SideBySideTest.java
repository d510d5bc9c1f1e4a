package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    private static final int PEOPLE = 5_000;
    private static final long SEED = 2027;

    private static List<Scenario> fourVariants(int years) {
        return List.of("stap", "leerrekening", "regressief", "neutraal").stream()
                .map(id -> SimulationCommand.withYears(Scenario.builtIn(id), years))
                .toList();
    }

    @Test
    void givesTheSameFiguresAndCsvAsTheCommandLineForTheSameScenariosAndSeed() {
        List<Scenario> scenarios = fourVariants(2);

        SideBySide result = SideBySide.run(scenarios, PEOPLE, SEED, (text, percent) -> {});
        List<Projection> command = SimulationCommand.run(scenarios, PEOPLE, SEED, SimulationCommand.Progress.quiet());

        assertThat(Tables.costsCsv(result.projections())).isEqualTo(Tables.costsCsv(command));
        assertThat(Tables.reachCsv(result.projections())).isEqualTo(Tables.reachCsv(command));
        assertThat(result.distributions().getFirst()).isEqualTo(Distribution.of(command.getFirst()));
    }

    @Test
    void theSameScenariosAndSeedGiveTheSameResultAndAnotherSeedAnother() {
        List<Scenario> scenarios = fourVariants(1);

        SideBySide once = SideBySide.run(scenarios, PEOPLE, SEED, (text, percent) -> {});
        SideBySide again = SideBySide.run(scenarios, PEOPLE, SEED, (text, percent) -> {});
        SideBySide other = SideBySide.run(scenarios, PEOPLE, SEED + 1, (text, percent) -> {});

        assertThat(Tables.costsCsv(again.projections())).isEqualTo(Tables.costsCsv(once.projections()));
        assertThat(again.distributions()).isEqualTo(once.distributions());
        assertThat(again.comparisons()).isEqualTo(once.comparisons());
        assertThat(Tables.costsCsv(other.projections())).isNotEqualTo(Tables.costsCsv(once.projections()));
    }

    @Test
    void comparesEveryOrderedPairOfScenariosWithWinnersAndLosers() {
        SideBySide result = SideBySide.run(fourVariants(1), PEOPLE, SEED, (text, percent) -> {});

        assertThat(result.comparisons()).hasSize(4 * 3);
        Comparison toNeutral = result.comparison("stap-1j", "neutraal-1j").orElseThrow();
        Comparison.Row all = toNeutral.rows().getLast();
        assertThat(all.group()).isEqualTo("alle");
        assertThat(all.winners() + all.losers() + all.unchanged()).isEqualTo(11_330_000);
        Comparison back = result.comparison("neutraal-1j", "stap-1j").orElseThrow();
        assertThat(back.rows().getLast().winners()).isEqualTo(all.losers());
        assertThat(result.comparison("stap-1j", "stap-1j")).isEmpty();
    }

    @Test
    void reportsItsStepsFromZeroToOneHundredWithoutGoingBack() {
        List<Integer> percents = new ArrayList<>();
        List<String> texts = new ArrayList<>();

        SideBySide.run(fourVariants(3), PEOPLE, SEED, (text, percent) -> {
            percents.add(percent);
            texts.add(text);
        });

        assertThat(percents.getFirst()).isZero();
        assertThat(percents.getLast()).isEqualTo(100);
        assertThat(percents).isSorted();
        assertThat(texts).contains("Scenario 2 van 4 (Leerrekening (commissie-Sap)): jaar 3 van 3");
        assertThat(texts).anyMatch(text -> text.startsWith("Bevolking maken: "));
    }

    @Test
    void refusesScenariosThatRepeatOrStartInDifferentYears() {
        Scenario stap = Scenario.builtIn("stap");
        Scenario later = Scenario.parse(
                "later",
                "name = Later\nbaseline = stap\nstart-year = 2028 years | AANNAME: later\n",
                Scenario::builtIn);

        assertThatThrownBy(() -> SideBySide.check(List.of(stap, stap)))
                .isInstanceOfSatisfying(
                        ScenarioException.class,
                        e -> assertThat(e.problems()).containsExactly("het scenario 'stap' staat er twee keer in"));
        assertThatThrownBy(() -> SideBySide.check(List.of(stap, later)))
                .isInstanceOfSatisfying(
                        ScenarioException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("het scenario 'later' begint in 2028, 'stap' in 2027; ze moeten in"
                                        + " hetzelfde jaar beginnen"));
    }
}
