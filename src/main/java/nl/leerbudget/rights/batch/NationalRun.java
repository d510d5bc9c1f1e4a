package nl.leerbudget.rights.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.rights.ChunkCredited;
import nl.leerbudget.rights.HistoryImport.LineError;
import nl.leerbudget.rights.PersonLine;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.rights.domain.BatchRuns;
import nl.leerbudget.rights.domain.PersonLines;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Computes and credits the learning rights of everyone in a population file ({@link PersonLines#HEADER}), a chunk of
 * people per transaction, with several chunks in flight at once. Each chunk is recorded as committed in its own
 * transaction, so a run that is killed (even with {@code kill -9}) and started again with the same file skips the
 * chunks that are done and credits every person exactly once; people credited under the policy in any other way are
 * skipped too. Progress (people done, rate, time left) goes to the given stream every few seconds.
 *
 * <p>Lines that cannot be read are not credited; they are counted and the first of them reported, and the run goes
 * on.
 */
@Component
public class NationalRun {

    private static final Logger log = LoggerFactory.getLogger(NationalRun.class);
    private static final int REPORTED_ERRORS = 20;
    private static final Locale DUTCH = Locale.of("nl", "NL");

    private final Rights rights;
    private final Actors actors;

    NationalRun(Rights rights, Actors actors) {
        this.rights = rights;
        this.actors = actors;
    }

    /**
     * What a run did.
     *
     * @param resumed chunks skipped because an earlier attempt of the same run committed them
     */
    public record Report(
            long people,
            long credited,
            long zero,
            long notEntitled,
            long skipped,
            long invalid,
            long amountCents,
            int resumed,
            Duration took,
            List<LineError> firstErrors) {}

    public Report run(Path file, int chunkSize, int workers, PrintStream progress) {
        if (chunkSize < 1 || workers < 1) {
            throw new IllegalArgumentException("chunk size and workers are at least 1");
        }
        return actors.asSystem(() -> runAsSystem(file, chunkSize, workers, progress));
    }

    private Report runAsSystem(Path file, int requestedChunkSize, int workers, PrintStream progress) {
        long started = System.nanoTime();
        progress.println("Leerrechten: bestand " + file + " controleren…");
        FileFacts facts = facts(file);
        BatchRuns.Run run =
                rights.startRun(facts.sha256(), file.toAbsolutePath().toString(), requestedChunkSize);
        int chunkSize = run.chunkSize();
        if (chunkSize != requestedChunkSize) {
            progress.println("Leerrechten: deze run liep al met " + chunkSize + " mensen per stap; die maat blijft.");
        }
        long total = facts.lines() - 1;
        progress.printf(
                DUTCH,
                "Leerrechten: %,d mensen, beleid %s, %d per stap, %d tegelijk%s.%n",
                total,
                rights.policy().id(),
                chunkSize,
                workers,
                run.committed().isEmpty()
                        ? ""
                        : "; hervat na " + run.committed().size() + " klare stappen");

        Progress counter = new Progress(total, run.people(), progress);
        ExecutorService pool = Executors.newFixedThreadPool(
                workers, Thread.ofPlatform().name("rights-batch-", 1).daemon().factory());
        Semaphore inFlight = new Semaphore(workers * 2);
        List<Future<?>> futures = new ArrayList<>();
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        Totals totals = new Totals();
        counter.start();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.strip().equals(PersonLines.HEADER)) {
                throw new IllegalArgumentException("the first line of " + file + " must be: " + PersonLines.HEADER);
            }
            int chunk = 0;
            int lineNumber = 1;
            List<String> lines = new ArrayList<>(chunkSize);
            String line;
            while (failure.get() == null) {
                line = reader.readLine();
                if (line != null) {
                    lineNumber++;
                    lines.add(line);
                }
                if (lines.size() == chunkSize || (line == null && !lines.isEmpty())) {
                    int number = chunk++;
                    int firstLine = lineNumber - lines.size() + 1;
                    if (run.committed().contains(number)) {
                        totals.resumed.incrementAndGet();
                    } else {
                        List<String> work = lines;
                        inFlight.acquireUninterruptibly();
                        futures.add(pool.submit(() -> {
                            try {
                                credit(run, number, firstLine, work, totals, counter);
                            } catch (Throwable e) {
                                failure.compareAndSet(null, e);
                            } finally {
                                inFlight.release();
                            }
                        }));
                    }
                    lines = new ArrayList<>(chunkSize);
                }
                if (line == null) {
                    break;
                }
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            counter.stop();
        }
        Throwable failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("the national batch stopped: " + failed.getMessage(), failed);
        }
        rights.finishRun(run.id());
        Report report = new Report(
                total,
                totals.credited.get(),
                totals.zero.get(),
                totals.notEntitled.get(),
                totals.skipped.get(),
                totals.invalid.get(),
                totals.amount.get(),
                totals.resumed.intValue(),
                Duration.ofNanos(System.nanoTime() - started),
                List.copyOf(totals.errors));
        progress.printf(
                DUTCH,
                "Leerrechten: klaar in %s. %,d mensen: %,d met een leerrecht (samen € %,d), %,d met € 0, %,d (nog)"
                        + " zonder recht, %,d al eerder bijgeschreven, %,d regels onleesbaar.%n",
                human(report.took()),
                report.people(),
                report.credited(),
                report.amountCents() / 100,
                report.zero(),
                report.notEntitled(),
                report.skipped(),
                report.invalid());
        for (LineError error : report.firstErrors()) {
            progress.printf(DUTCH, "  regel %d, %s: %s%n", error.line(), error.field(), error.reason());
        }
        return report;
    }

    private void credit(
            BatchRuns.Run run, int chunk, int firstLine, List<String> lines, Totals totals, Progress counter) {
        actors.asSystem(() -> {
            List<PersonLine> people = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                switch (PersonLines.parse(lines.get(i), firstLine + i)) {
                    case PersonLines.Valid valid -> people.add(valid.person());
                    case PersonLines.Invalid invalid -> totals.invalid(invalid.errors());
                }
            }
            ChunkCredited done = rights.creditChunk(run.id(), chunk, people);
            log.debug("Chunk {} committed: {} people", chunk, lines.size());
            totals.add(done);
            counter.done(lines.size());
        });
    }

    private record FileFacts(String sha256, long lines) {}

    /** The file's SHA-256 (which run it is) and its number of lines, in one pass. */
    private static FileFacts facts(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            long lines = 0;
            int last = '\n';
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
            if (last != '\n') {
                lines++;
            }
            return new FileFacts(HexFormat.of().formatHex(digest.digest()), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String human(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 ? "%d min %02d s".formatted(seconds / 60, seconds % 60) : seconds + " s";
    }

    private static final class Totals {
        final AtomicLong credited = new AtomicLong();
        final AtomicLong zero = new AtomicLong();
        final AtomicLong notEntitled = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicLong invalid = new AtomicLong();
        final AtomicLong amount = new AtomicLong();
        final AtomicLong resumed = new AtomicLong();
        final List<LineError> errors = new ArrayList<>();

        void add(ChunkCredited done) {
            credited.addAndGet(done.credited());
            zero.addAndGet(done.zero());
            notEntitled.addAndGet(done.notEntitled());
            skipped.addAndGet(done.skipped());
            amount.addAndGet(done.amount().cents());
        }

        synchronized void invalid(List<LineError> lineErrors) {
            invalid.incrementAndGet();
            for (LineError error : lineErrors) {
                if (errors.size() < REPORTED_ERRORS) {
                    errors.add(error);
                }
            }
        }
    }

    /** People done, the rate and the time left, every few seconds, on one line each. */
    private static final class Progress {
        private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

        private final long total;
        private final AtomicLong done;
        private final long doneBefore;
        private final PrintStream out;
        private final long started = System.nanoTime();
        private @Nullable Thread printer;

        Progress(long total, long doneBefore, PrintStream out) {
            this.total = total;
            this.done = new AtomicLong(doneBefore);
            this.doneBefore = doneBefore;
            this.out = out;
        }

        void done(int people) {
            done.addAndGet(people);
        }

        void start() {
            printer = Thread.ofPlatform().name("rights-batch-progress").daemon().start(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(Duration.ofNanos(EVERY_NANOS));
                        print();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        void stop() {
            Thread running = printer;
            if (running != null) {
                running.interrupt();
            }
            print();
        }

        private void print() {
            long now = done.get();
            double seconds = (System.nanoTime() - started) / 1e9;
            long rate = seconds > 0 ? Math.round((now - doneBefore) / seconds) : 0;
            long left = rate > 0 ? (total - now) / rate : -1;
            String bar = bar(total == 0 ? 1 : (double) now / total);
            out.printf(
                    DUTCH,
                    "Leerrechten %s %3d%%  %,d van %,d  %,d per seconde  nog %s%n",
                    bar,
                    total == 0 ? 100 : now * 100 / total,
                    now,
                    total,
                    rate,
                    left < 0 ? "?" : human(Duration.ofSeconds(left)));
            log.debug("rights batch: {} of {} people", now, total);
        }

        private static String bar(double fraction) {
            int filled = (int) Math.round(Math.min(1, fraction) * 30);
            return "[" + "#".repeat(filled) + "-".repeat(30 - filled) + "]";
        }
    }
}
