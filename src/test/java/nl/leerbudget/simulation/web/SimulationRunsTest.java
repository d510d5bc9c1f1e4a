package nl.leerbudget.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import nl.leerbudget.simulation.Scenario;
import nl.leerbudget.simulation.SimulationCommand;
import nl.leerbudget.simulation.Tables;
import org.junit.jupiter.api.Test;

class SimulationRunsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T17:00:00Z"), ZoneOffset.UTC);

    /** Holds the tasks until the test runs them; refuses more than {@code capacity} waiting tasks. */
    private static final class Held implements Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();
        final int capacity;

        Held(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void execute(Runnable task) {
            if (tasks.size() >= capacity) {
                throw new RejectedExecutionException("full");
            }
            tasks.add(task);
        }

        void runNext() {
            tasks.removeFirst().run();
        }
    }

    private static RunRequest request(String id, long seed) {
        Scenario scenario = SimulationCommand.withYears(Scenario.builtIn(id), 2);
        return new RunRequest(
                List.of(scenario),
                List.of(new RunRequest.Chosen(id, Scenario.builtInText(id), false)),
                2,
                2_000,
                seed,
                true);
    }

    private static SimulationRun started(SimulationRuns runs, RunRequest request) {
        return ((SimulationRuns.Start.Started) runs.start(request)).run();
    }

    @Test
    void aStartedRunWaitsForItsTurnThenRunsToTheEndWithItsResult() {
        Held executor = new Held(3);
        SimulationRuns runs = new SimulationRuns(executor, CLOCK);

        SimulationRun run = started(runs, request("neutraal", 7));

        assertThat(run.state().status()).isEqualTo(SimulationRun.Status.WAITING);
        assertThat(run.state().step()).isEqualTo("Wacht tot een eerdere berekening klaar is");
        assertThat(run.startedAt()).isEqualTo(CLOCK.instant());
        assertThat(runs.find(run.id())).containsSame(run);

        executor.runNext();

        SimulationRun.State done = run.state();
        assertThat(done.status()).isEqualTo(SimulationRun.Status.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.result()).isNotNull();
        assertThat(done.result().projections())
                .singleElement()
                .satisfies(p -> assertThat(p.years()).hasSize(2));
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameFiguresInAnotherRun() {
        Held executor = new Held(3);
        SimulationRuns runs = new SimulationRuns(executor, CLOCK);
        SimulationRun first = started(runs, request("leerrekening", 11));
        SimulationRun second = started(runs, request("leerrekening", 11));
        SimulationRun otherSeed = started(runs, request("leerrekening", 12));

        executor.runNext();
        executor.runNext();
        executor.runNext();

        String costs = Tables.costsCsv(first.state().result().projections());
        assertThat(Tables.costsCsv(second.state().result().projections())).isEqualTo(costs);
        assertThat(Tables.reachCsv(second.state().result().projections()))
                .isEqualTo(Tables.reachCsv(first.state().result().projections()));
        assertThat(Tables.costsCsv(otherSeed.state().result().projections())).isNotEqualTo(costs);
    }

    @Test
    void refusesARunWhenTheQueueIsFullAndKeepsNothingOfIt() {
        Held executor = new Held(1);
        SimulationRuns runs = new SimulationRuns(executor, CLOCK);
        started(runs, request("stap", 1));

        assertThat(runs.start(request("stap", 2))).isInstanceOf(SimulationRuns.Start.Busy.class);
        assertThat(runs.recent()).hasSize(1);
    }

    @Test
    void forgetsTheOldestFinishedRunsBeyondTheLimitButNeverAnUnfinishedOne() {
        Held executor = new Held(100);
        SimulationRuns runs = new SimulationRuns(executor, CLOCK);
        SimulationRun unfinished = started(runs, request("stap", 0));
        SimulationRun oldestFinished = null;
        for (int i = 1; i <= SimulationRuns.KEPT; i++) {
            SimulationRun run = started(runs, request("stap", i));
            if (oldestFinished == null) {
                oldestFinished = run;
            }
        }
        // Finish every run but the first.
        Runnable first = executor.tasks.removeFirst();
        while (!executor.tasks.isEmpty()) {
            executor.runNext();
        }

        SimulationRun newest = started(runs, request("stap", 99));

        assertThat(runs.recent()).hasSize(SimulationRuns.KEPT);
        assertThat(runs.recent().getFirst()).isSameAs(newest);
        assertThat(runs.find(unfinished.id())).as("still waiting").isPresent();
        assertThat(runs.find(oldestFinished.id())).as("the oldest finished").isEmpty();
        first.run();
        assertThat(unfinished.state().status()).isEqualTo(SimulationRun.Status.DONE);
    }

    @Test
    void aRunThatCannotFinishFailsWithADutchMessageInsteadOfStayingBusy() {
        Held executor = new Held(3);
        SimulationRuns runs = new SimulationRuns(executor, CLOCK);
        Scenario wrong = SimulationCommand.withYears(
                Scenario.parse(
                        "eigen",
                        "name = Fout\nbaseline = neutraal\nright.policy = bestaat-niet name | AANNAME: fout\n",
                        Scenario::builtIn),
                1);
        SimulationRun run = started(
                runs,
                new RunRequest(
                        List.of(wrong),
                        List.of(new RunRequest.Chosen("eigen", "name = Fout", true)),
                        1,
                        500,
                        1,
                        false));

        executor.runNext();

        assertThat(run.state().status()).isEqualTo(SimulationRun.Status.FAILED);
        assertThat(run.state().failure()).startsWith("De berekening is mislukt tijdens de stap 'Bevolking maken");
        assertThat(run.finished()).isTrue();
    }
}
