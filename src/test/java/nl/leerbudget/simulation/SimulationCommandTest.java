package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationCommandTest {

    @Test
    void theProgressBarStaysQuietWhenNotOnATerminal() {
        var bytes = new ByteArrayOutputStream();
        var progress = new SimulationCommand.Progress(false, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        progress.show("bevolking", 10, 20);
        progress.show("bevolking", 20, 20);
        progress.done();

        assertThat(bytes.size()).isZero();
    }

    @Test
    void onATerminalTheBarShowsHowFarTheRunIs() {
        var bytes = new ByteArrayOutputStream();
        var progress = new SimulationCommand.Progress(true, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        progress.show("stap", 20, 20);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("stap", "[" + "#".repeat(30) + "]", "100%");
    }

    @Test
    void runsEveryScenarioOnOneCohortAndWritesCostsAndReachAsCsv() {
        List<Projection> projections = SimulationCommand.run(
                List.of(Scenario.builtIn("stap"), SimulationCommand.withYears(Scenario.builtIn("neutraal"), 2)),
                5_000,
                11,
                SimulationCommand.Progress.quiet());

        String costs = Tables.costsCsv(projections);
        String reach = Tables.reachCsv(projections);

        assertThat(costs.lines()).hasSize(1 + 1 + 2).first().isEqualTo(Tables.COSTS_HEADER);
        assertThat(costs.lines().skip(1)).allMatch(line -> line.split(",").length == 12);
        assertThat(costs).contains("stap,11,2027,", "neutraal-2j,11,2028,");
        assertThat(reach.lines()).hasSize(1 + 3 * 28).first().isEqualTo(Tables.REACH_HEADER);
        assertThat(reach).contains("stap,11,2027,sector,zorg en welzijn,");
        assertThat(Tables.text(projections)).contains("publiek mln", "neutraal-2j");
    }
}
