package nl.leerbudget.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.leerbudget.identity.Actor;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final AccountId FROM = AccountId.random();
    private static final AccountId TO = AccountId.random();

    private static LedgerCommand command(CommandId id) {
        return LedgerCommand.of(id, new TransferOrder.Move(FROM, TO, 100, TransferCode.DEPOSIT, null));
    }

    private static CommandResult executed(LedgerCommand command) {
        return new CommandResult.Executed(command.id(), List.of(), List.of(), false);
    }

    /** Answers every command executed, and keeps the groups it was given. */
    private static final class Recording implements Function<List<GroupCommit.Waiting>, List<CommandResult>> {
        final List<List<CommandId>> groups = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<CommandResult> apply(List<GroupCommit.Waiting> group) {
            groups.add(group.stream().map(w -> w.command().id()).toList());
            return group.stream().map(w -> executed(w.command())).toList();
        }
    }

    @Test
    void aCallerAloneIsRunAtOnceInAGroupOfItsOwn() {
        Recording recording = new Recording();
        GroupCommit commit = new GroupCommit(500, recording);
        CommandId id = CommandId.random();

        CommandResult result = commit.execute(command(id), Actor.SYSTEM);

        assertThat(result).isEqualTo(executed(command(id)));
        assertThat(recording.groups).containsExactly(List.of(id));
        assertThat(commit.counts()).containsExactly(1, 1);
    }

    /**
     * A group commit whose first group waits until the test has queued callers behind it, so that what the next
     * groups take is known; it keeps every group's command ids and fails any group holding {@code faulty}.
     */
    private static final class Held {
        final CountDownLatch firstRunning = new CountDownLatch(1);
        final CountDownLatch othersQueued = new CountDownLatch(1);
        final List<List<CommandId>> groups = Collections.synchronizedList(new ArrayList<>());
        final GroupCommit commit;
        final ExecutorService pool = Executors.newFixedThreadPool(16);

        Held(int maxGroup, CommandId faulty) {
            commit = new GroupCommit(maxGroup, group -> {
                groups.add(group.stream().map(w -> w.command().id()).toList());
                if (groups.size() == 1) {
                    firstRunning.countDown();
                    await(othersQueued);
                }
                if (group.stream().anyMatch(w -> w.command().id().equals(faulty))) {
                    throw new IllegalStateException("broken command");
                }
                return group.stream().map(w -> executed(w.command())).toList();
            });
        }

        Held(int maxGroup) {
            this(maxGroup, CommandId.random());
        }

        /** Runs a first caller and waits until its group is running. */
        Future<CommandResult> first() {
            Future<CommandResult> answer = submit(CommandId.random());
            await(firstRunning);
            return answer;
        }

        Future<CommandResult> submit(CommandId id) {
            return pool.submit(() -> commit.execute(command(id), Actor.SYSTEM));
        }

        /** Lets the first group end once this many callers wait behind it. */
        void release(int queued) throws InterruptedException {
            waitUntilQueued(commit, queued);
            othersQueued.countDown();
        }

        List<Integer> sizes() {
            return groups.stream().map(List::size).toList();
        }
    }

    @Test
    void callersArrivingWhileAGroupRunsShareTheNextGroupAndEachGetsItsOwnAnswer() throws Exception {
        Held held = new Held(500);
        Future<CommandResult> first = held.first();
        List<CommandId> ids = new ArrayList<>();
        List<Future<CommandResult>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CommandId id = CommandId.random();
            ids.add(id);
            answers.add(held.submit(id));
        }
        held.release(6);

        first.get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 6; i++) {
            assertThat(answers.get(i).get(5, TimeUnit.SECONDS).command()).isEqualTo(ids.get(i));
        }
        assertThat(held.sizes()).containsExactly(1, 6);
        assertThat(held.groups.get(1)).containsExactlyInAnyOrderElementsOf(ids);
        held.pool.close();
    }

    @Test
    void aGroupTakesAtMostItsMaximumAndTheRestFollowInTheNextGroup() throws Exception {
        Held held = new Held(3);
        List<Future<CommandResult>> answers = new ArrayList<>();
        answers.add(held.first());
        for (int i = 0; i < 7; i++) {
            answers.add(held.submit(CommandId.random()));
        }
        held.release(7);
        for (Future<CommandResult> answer : answers) {
            answer.get(5, TimeUnit.SECONDS);
        }

        assertThat(held.sizes()).containsExactly(1, 3, 3, 1);
        held.pool.close();
    }

    @Test
    void theSameCommandIdTwiceIsNeverInOneGroup() throws Exception {
        Held held = new Held(500);
        CommandId twice = CommandId.random();
        Future<CommandResult> first = held.first();
        Future<CommandResult> a = held.submit(twice);
        Future<CommandResult> b = held.submit(twice);
        held.release(2);

        first.get(5, TimeUnit.SECONDS);
        assertThat(a.get(5, TimeUnit.SECONDS).command()).isEqualTo(twice);
        assertThat(b.get(5, TimeUnit.SECONDS).command()).isEqualTo(twice);
        assertThat(held.groups).hasSize(3);
        assertThat(held.groups.get(1)).containsExactly(twice);
        assertThat(held.groups.get(2)).containsExactly(twice);
        held.pool.close();
    }

    @Test
    void whenAGroupFailsItsCommandsAreRunAloneSoOneCallersErrorStaysItsOwn() throws Exception {
        CommandId faulty = CommandId.random();
        Held held = new Held(500, faulty);
        Future<CommandResult> first = held.first();
        CommandId good = CommandId.random();
        Future<CommandResult> fine = held.submit(good);
        Future<CommandResult> broken = held.submit(faulty);
        held.release(2);

        first.get(5, TimeUnit.SECONDS);
        assertThat(fine.get(5, TimeUnit.SECONDS).command()).isEqualTo(good);
        assertThatThrownBy(() -> broken.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken command");
        // The first alone, the failed pair, then each of the pair alone.
        assertThat(held.sizes()).containsExactly(1, 2, 1, 1);
        held.pool.close();
    }

    @Test
    void eachCommandIsDecidedWithItsOwnCallersActor() {
        List<Actor> seen = new ArrayList<>();
        GroupCommit commit = new GroupCommit(500, group -> {
            group.forEach(w -> seen.add(w.actor()));
            return group.stream().map(w -> executed(w.command())).toList();
        });

        commit.execute(command(CommandId.random()), Actor.ANONYMOUS);
        commit.execute(command(CommandId.random()), Actor.SYSTEM);

        assertThat(seen).containsExactly(Actor.ANONYMOUS, Actor.SYSTEM);
    }

    /** Waits (up to 5 s) until this many callers wait in the queue behind the running group. */
    private static void waitUntilQueued(GroupCommit commit, int callers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (commit.queued() < callers) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + commit.queued() + " of " + callers + " callers queued");
            }
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
