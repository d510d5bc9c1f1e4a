package nl.leerbudget.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import nl.leerbudget.identity.Actor;

/**
 * Group commit of concurrent single commands (ADR 0003): callers that arrive while a transaction is running wait in a
 * queue, and the next of them to lead takes everything queued (up to a maximum) into one transaction, so that a hot
 * account is locked and written once for the whole group instead of once per caller. There is no timer and no thread
 * of its own: a caller alone is led by itself at once, with no added wait; a group forms only while the previous
 * transaction commits. The leader runs the group on its own thread; each command is decided with its own caller's
 * actor, and every caller is answered only after the transaction holding its command has committed.
 *
 * <p>A command id occurs at most once in a group (a second caller with the same id waits for the next group, where its
 * command is a replay). When a group fails with an error that is not a business outcome, its commands are run again
 * one by one, so that one caller's error does not become the others'.
 */
final class GroupCommit {

    /** One caller's command, with who gave it, and the answer it waits for. */
    record Waiting(LedgerCommand command, Actor actor, CompletableFuture<CommandResult> answer) {}

    private final int maxGroup;
    private final Function<List<Waiting>, List<CommandResult>> group;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition turn = lock.newCondition();
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private boolean leading;
    private long groups;
    private long commands;

    /**
     * @param maxGroup the most commands in one transaction
     * @param group runs commands in one transaction and answers each, in order; it retries lost races itself
     */
    GroupCommit(int maxGroup, Function<List<Waiting>, List<CommandResult>> group) {
        if (maxGroup < 1) {
            throw new IllegalArgumentException("a group holds at least one command");
        }
        this.maxGroup = maxGroup;
        this.group = group;
    }

    /** Executes the command in the next group, and answers once that group's transaction has committed. */
    CommandResult execute(LedgerCommand command, Actor actor) {
        Waiting me = new Waiting(command, actor, new CompletableFuture<>());
        lock.lock();
        try {
            queue.addLast(me);
        } finally {
            lock.unlock();
        }
        while (!me.answer().isDone()) {
            List<Waiting> taken = takeTurn(me);
            if (taken.isEmpty()) {
                continue;
            }
            try {
                run(taken);
            } finally {
                lock.lock();
                try {
                    leading = false;
                    turn.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
        try {
            return me.answer().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    /** Groups run and commands they held, since start: for the benchmark's report. */
    long[] counts() {
        lock.lock();
        try {
            return new long[] {groups, commands};
        } finally {
            lock.unlock();
        }
    }

    /** Callers waiting in the queue now. */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until this caller is answered (empty) or leads the next group (what it takes from the queue). */
    private List<Waiting> takeTurn(Waiting me) {
        lock.lock();
        try {
            while (leading && !me.answer().isDone()) {
                turn.awaitUninterruptibly();
            }
            if (me.answer().isDone()) {
                return List.of();
            }
            leading = true;
            List<Waiting> taken = new ArrayList<>(Math.min(queue.size(), maxGroup));
            Set<CommandId> ids = new HashSet<>();
            for (Iterator<Waiting> it = queue.iterator(); it.hasNext() && taken.size() < maxGroup; ) {
                Waiting next = it.next();
                if (ids.add(next.command().id())) {
                    taken.add(next);
                    it.remove();
                }
            }
            groups++;
            commands += taken.size();
            return taken;
        } finally {
            lock.unlock();
        }
    }

    private void run(List<Waiting> taken) {
        try {
            answer(taken, group.apply(taken));
        } catch (RuntimeException | Error failed) {
            if (taken.size() == 1) {
                taken.getFirst().answer().completeExceptionally(failed);
                return;
            }
            for (Waiting alone : taken) {
                try {
                    answer(List.of(alone), group.apply(List.of(alone)));
                } catch (RuntimeException | Error own) {
                    alone.answer().completeExceptionally(own);
                }
            }
        }
    }

    private static void answer(List<Waiting> taken, List<CommandResult> results) {
        if (results.size() != taken.size()) {
            throw new IllegalStateException("a group answered " + results.size() + " of " + taken.size());
        }
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).answer().complete(results.get(i));
        }
    }
}
