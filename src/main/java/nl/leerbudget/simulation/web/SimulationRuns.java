package nl.leerbudget.simulation.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs simulations in the background, one at a time, with a short queue, and keeps the most recent runs in memory
 * (the simulator touches no database; see ADR 0020). One worker thread, because a run already uses every core while
 * it draws its cohort; a full queue refuses a new run rather than letting runs pile up.
 *
 * <p>Kept: at most {@link #KEPT} runs; when another starts, the oldest finished run is forgotten. A run that waits or
 * runs is never forgotten, and there are at most {@code 1 + QUEUED} of those.
 */
@Component
class SimulationRuns implements DisposableBean {

    static final int QUEUED = 2;
    static final int KEPT = 12;

    private final Executor executor;
    private final Clock clock;
    private final Map<UUID, SimulationRun> runs = new LinkedHashMap<>();

    @Autowired
    SimulationRuns(Clock clock) {
        this(
                new ThreadPoolExecutor(
                        1,
                        1,
                        0,
                        TimeUnit.SECONDS,
                        new ArrayBlockingQueue<>(QUEUED),
                        Thread.ofPlatform().name("simulatie-", 1).daemon().factory()),
                clock);
    }

    SimulationRuns(Executor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** The outcome of asking for a run. */
    sealed interface Start {
        record Started(SimulationRun run) implements Start {}

        record Busy() implements Start {}
    }

    Start start(RunRequest request) {
        SimulationRun run = new SimulationRun(UUID.randomUUID(), request, clock.instant());
        synchronized (runs) {
            try {
                executor.execute(run::run);
            } catch (RejectedExecutionException e) {
                return new Start.Busy();
            }
            runs.put(run.id(), run);
            forgetOldest();
        }
        return new Start.Started(run);
    }

    Optional<SimulationRun> find(UUID id) {
        synchronized (runs) {
            return Optional.ofNullable(runs.get(id));
        }
    }

    /** The runs kept, newest first. */
    List<SimulationRun> recent() {
        synchronized (runs) {
            List<SimulationRun> recent = new ArrayList<>(runs.values());
            java.util.Collections.reverse(recent);
            return recent;
        }
    }

    private void forgetOldest() {
        Iterator<SimulationRun> oldestFirst = runs.values().iterator();
        while (runs.size() > KEPT && oldestFirst.hasNext()) {
            if (oldestFirst.next().finished()) {
                oldestFirst.remove();
            }
        }
    }

    @Override
    public void destroy() {
        if (executor instanceof ThreadPoolExecutor pool) {
            pool.shutdownNow();
        }
    }
}
