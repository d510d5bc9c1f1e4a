package nl.leerbudget.skills;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How far the import of this instance is, for pages that show ESCO data while it loads: not started, at a step of
 * the import (out of {@value #STEPS}), done, or failed. One import at a time per instance.
 */
@Component
public class ImportProgress {

    public static final int STEPS = 10;

    /** A moment of an import. */
    public record State(
            Phase phase, int step, String doing, @Nullable String version) {}

    public enum Phase {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(Phase.IDLE, 0, "", null));

    public State state() {
        return state.get();
    }

    /** Whether an import runs now. */
    public boolean running() {
        return state.get().phase() == Phase.RUNNING;
    }

    /** Percent of the steps done. */
    public int percent() {
        return Math.min(100, state.get().step() * 100 / STEPS);
    }

    void started(String version) {
        state.set(new State(Phase.RUNNING, 0, "starting", version));
    }

    void step(String doing) {
        state.updateAndGet(s -> new State(Phase.RUNNING, Math.min(STEPS, s.step() + 1), doing, s.version()));
    }

    void done(String version) {
        state.set(new State(Phase.DONE, STEPS, "done", version));
    }

    void failed(String version, String why) {
        state.set(new State(Phase.FAILED, 0, why, version));
    }
}
