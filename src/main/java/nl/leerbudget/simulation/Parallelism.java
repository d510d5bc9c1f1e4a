package nl.leerbudget.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * How many threads share a loop over the people of a cohort. The people are cut into fixed blocks of
 * {@code block} people (the same whatever the number of threads); threads take the next block until none is left, and
 * every block writes only its own people and its own partial totals, which the caller adds up in block order. So a
 * result never depends on the number of threads: the tests run the same work with one thread and with several.
 */
record Parallelism(int threads, int block) {

    /** People per block: large enough that a block's partial totals cost nothing, small enough to share out. */
    static final int BLOCK = 65_536;

    Parallelism {
        if (threads < 1 || block < 1) {
            throw new IllegalArgumentException("at least one thread and one person per block");
        }
    }

    /** As many threads as the machine has processors. */
    static Parallelism machine() {
        return new Parallelism(Runtime.getRuntime().availableProcessors(), BLOCK);
    }

    /** The number of blocks for {@code size} people. */
    int blocks(int size) {
        return (size + block - 1) / block;
    }

    /** Work on the people {@code from} (included) to {@code to} (excluded) of block {@code block}. */
    @FunctionalInterface
    interface BlockWork {
        void run(int block, int from, int to);
    }

    /** Runs {@code work} on every block of {@code size} people and returns when all are done. */
    void forEachBlock(int size, BlockWork work) {
        int blocks = blocks(size);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                if (failure.get() != null) {
                    return;
                }
                try {
                    work.run(b, b * block, Math.min(size, (b + 1) * block));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    return;
                }
            }
        };
        int helpers = Math.min(threads, blocks) - 1;
        List<Thread> started = new ArrayList<>(Math.max(0, helpers));
        for (int t = 0; t < helpers; t++) {
            started.add(Thread.ofPlatform().name("simulation-" + t).start(worker));
        }
        worker.run();
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the simulation's threads", e);
            }
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }
}
