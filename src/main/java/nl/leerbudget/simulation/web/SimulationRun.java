package nl.leerbudget.simulation.web;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.simulation.SideBySide;
import org.jspecify.annotations.Nullable;

/**
 * One run of scenarios in the background: what was asked, and where it is now. The worker thread moves it forward;
 * the pages read it. Every state is one immutable value behind a volatile field, so a page never sees half a change.
 */
final class SimulationRun {

    enum Status {
        WAITING,
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * Where the run is.
     *
     * @param step what it is doing, in Dutch
     * @param percent how far it is, 0 to 100
     * @param result when done
     * @param failure when failed, in Dutch
     */
    record State(
            Status status,
            String step,
            int percent,
            @Nullable SideBySide result,
            @Nullable String failure) {}

    private final UUID id;
    private final RunRequest request;
    private final Instant startedAt;
    private volatile State state =
            new State(Status.WAITING, "Wacht tot een eerdere berekening klaar is", 0, null, null);

    SimulationRun(UUID id, RunRequest request, Instant startedAt) {
        this.id = Objects.requireNonNull(id);
        this.request = Objects.requireNonNull(request);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    UUID id() {
        return id;
    }

    RunRequest request() {
        return request;
    }

    Instant startedAt() {
        return startedAt;
    }

    State state() {
        return state;
    }

    boolean finished() {
        Status status = state.status();
        return status == Status.DONE || status == Status.FAILED;
    }

    /** Runs the scenarios on this thread; never throws, a failure becomes the run's state. */
    void run() {
        state = new State(Status.RUNNING, "Begint", 0, null, null);
        try {
            SideBySide result = SideBySide.run(
                    request.scenarios(),
                    request.people(),
                    request.seed(),
                    (step, percent) -> state = new State(Status.RUNNING, step, percent, null, null));
            state = new State(Status.DONE, "Klaar", 100, result, null);
        } catch (RuntimeException | OutOfMemoryError e) {
            state = new State(
                    Status.FAILED,
                    state.step(),
                    state.percent(),
                    null,
                    "De berekening is mislukt tijdens de stap '" + state.step() + "'. De melding was: " + e);
        }
    }
}
