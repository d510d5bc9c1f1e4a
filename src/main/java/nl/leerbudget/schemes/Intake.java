package nl.leerbudget.schemes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import nl.leerbudget.shared.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the application requests that arrive at this instance while the previous batch is being decided, and has
 * them decided together: one transaction, one lock of the window, one commit for up to {@code batchSize} requests.
 * A request is answered only after that commit. If the transaction fails, every request in it is told to try again;
 * none of them was acknowledged, and a retry with the same request id is safe either way.
 */
final class Intake implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    /** One request, as the intake sees it. */
    record Request(UUID window, ApplicationRequest request, PersonId person, String submittedBy) {
        Request {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(submittedBy, "submittedBy");
        }
    }

    /**
     * The outcome for one request of a batch: its application, or the conflict that refused it (nothing written).
     */
    sealed interface Answer {
        record Recorded(SchemeApplication application) implements Answer {}

        record Refused(SchemeConflict conflict) implements Answer {}
    }

    private record Pending(Request request, CompletableFuture<Answer> answer) {}

    private final BiFunction<UUID, List<Request>, List<Answer>> decide;
    private final int batchSize;
    private final Duration answerWithin;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean closed;

    /**
     * @param decide decides the requests of one window in one transaction and answers each, in order
     */
    Intake(BiFunction<UUID, List<Request>, List<Answer>> decide, int batchSize, Duration answerWithin) {
        this.decide = decide;
        this.batchSize = batchSize;
        this.answerWithin = answerWithin;
        this.worker = Thread.ofPlatform().name("scheme-intake").daemon().start(this::run);
    }

    SchemeApplication submit(Request request) {
        if (closed) {
            throw new IntakeUnavailable("this instance is stopping", new IllegalStateException("closed"));
        }
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        queue.add(new Pending(request, answer));
        try {
            return switch (answer.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS)) {
                case Answer.Recorded recorded -> recorded.application();
                case Answer.Refused refused -> throw refused.conflict();
            };
        } catch (TimeoutException e) {
            // The batch may still commit: a retry with the same request id finds it then.
            throw new IntakeUnavailable("no receipt within " + answerWithin, e);
        } catch (ExecutionException e) {
            throw new IntakeUnavailable(
                    "the application could not be recorded", e.getCause() != null ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailable("interrupted while waiting for a receipt", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (!closed) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                Map<UUID, List<Pending>> byWindow = new LinkedHashMap<>();
                for (Pending pending : batch) {
                    byWindow.computeIfAbsent(pending.request().window(), w -> new ArrayList<>())
                            .add(pending);
                }
                byWindow.forEach(this::decide);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("The scheme intake failed a batch", e);
                batch.forEach(p -> p.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void decide(UUID window, List<Pending> pendings) {
        try {
            List<Answer> answers =
                    decide.apply(window, pendings.stream().map(Pending::request).toList());
            for (int i = 0; i < pendings.size(); i++) {
                pendings.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException e) {
            log.warn(
                    "A batch of {} applications for window {} was not recorded: {}",
                    pendings.size(),
                    window,
                    e.toString());
            pendings.forEach(p -> p.answer().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        Pending left;
        while ((left = queue.poll()) != null) {
            left.answer().completeExceptionally(new IllegalStateException("the intake stopped"));
        }
    }
}
