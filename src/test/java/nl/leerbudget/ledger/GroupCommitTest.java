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

    @Test
    void callersArrivingWhileAGroupRunsShareTheNextGroupAndEachGetsItsOwnAnswer() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<CommandId>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit commit = new GroupCommit(500, group -> {
            groups.add(group.stream().map(w -> w.command().id()).toList());
            if (groups.size() == 1) {
                firstRunning.countDown();
                await(othersQueued);
            }
            return group.stream().map(w -> executed(w.command())).toList();
        });
        int others = 6;
        try (ExecutorService pool = Executors.newFixedThreadPool(others + 1)) {
            CommandId first = CommandId.random();
            Future<CommandResult> firstAnswer = pool.submit(() -> commit.execute(command(first), Actor.SYSTEM));
            await(firstRunning);
            List<CommandId> ids = new ArrayList<>();
            List<Future<CommandResult>> answers = new ArrayList<>();
            for (int i = 0; i < others; i++) {
                CommandId id = CommandId.random();
                ids.add(id);
                answers.add(pool.submit(() -> commit.execute(command(id), Actor.SYSTEM)));
            }
            waitUntilQueued(commit, others);
            othersQueued.countDown();

            assertThat(firstAnswer.get(5, TimeUnit.SECONDS).command()).isEqualTo(first);
            for (int i = 0; i < others; i++) {
                assertThat(answers.get(i).get(5, TimeUnit.SECONDS).command()).isEqualTo(ids.get(i));
            }
            assertThat(groups).hasSize(2);
            assertThat(groups.get(0)).containsExactly(first);
            assertThat(groups.get(1)).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void aGroupTakesAtMostItsMaximumAndTheRestFollowInTheNextGroup() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit commit = new GroupCommit(3, group -> {
            sizes.add(group.size());
            if (sizes.size() == 1) {
                firstRunning.countDown();
                await(othersQueued);
            }
            return group.stream().map(w -> executed(w.command())).toList();
        });
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<CommandResult>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> commit.execute(command(CommandId.random()), Actor.SYSTEM)));
            await(firstRunning);
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> commit.execute(command(CommandId.random()), Actor.SYSTEM)));
            }
            waitUntilQueued(commit, 7);
            othersQueued.countDown();
            for (Future<CommandResult> answer : answers) {
                answer.get(5, TimeUnit.SECONDS);
            }
        }
        assertThat(sizes).allMatch(size -> size <= 3);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
        assertThat(sizes.getFirst()).isEqualTo(1);
        assertThat(sizes.get(1)).isEqualTo(3);
    }

    @Test
    void theSameCommandIdTwiceIsNeverInOneGroup() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<CommandId>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit commit = new GroupCommit(500, group -> {
            groups.add(group.stream().map(w -> w.command().id()).toList());
            if (groups.size() == 1) {
                firstRunning.countDown();
                await(othersQueued);
            }
            return group.stream().map(w -> executed(w.command())).toList();
        });
        CommandId twice = CommandId.random();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Future<CommandResult> first = pool.submit(() -> commit.execute(command(CommandId.random()), Actor.SYSTEM));
            await(firstRunning);
            Future<CommandResult> a = pool.submit(() -> commit.execute(command(twice), Actor.SYSTEM));
            Future<CommandResult> b = pool.submit(() -> commit.execute(command(twice), Actor.SYSTEM));
            waitUntilQueued(commit, 2);
            othersQueued.countDown();
            first.get(5, TimeUnit.SECONDS);
            assertThat(a.get(5, TimeUnit.SECONDS).command()).isEqualTo(twice);
            assertThat(b.get(5, TimeUnit.SECONDS).command()).isEqualTo(twice);
        }
        assertThat(groups).hasSize(3);
        assertThat(groups.get(1)).containsExactly(twice);
        assertThat(groups.get(2)).containsExactly(twice);
    }

    @Test
    void whenAGroupFailsItsCommandsAreRunAloneSoOneCallersErrorStaysItsOwn() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        CommandId faulty = CommandId.random();
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit commit = new GroupCommit(500, group -> {
            sizes.add(group.size());
            if (sizes.size() == 1) {
                firstRunning.countDown();
                await(othersQueued);
            }
            if (group.stream().anyMatch(w -> w.command().id().equals(faulty))) {
                throw new IllegalStateException("broken command");
            }
            return group.stream().map(w -> executed(w.command())).toList();
        });
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Future<CommandResult> first = pool.submit(() -> commit.execute(command(CommandId.random()), Actor.SYSTEM));
            await(firstRunning);
            CommandId good = CommandId.random();
            Future<CommandResult> fine = pool.submit(() -> commit.execute(command(good), Actor.SYSTEM));
            Future<CommandResult> broken = pool.submit(() -> commit.execute(command(faulty), Actor.SYSTEM));
            waitUntilQueued(commit, 2);
            othersQueued.countDown();

            first.get(5, TimeUnit.SECONDS);
            assertThat(fine.get(5, TimeUnit.SECONDS).command()).isEqualTo(good);
            assertThatThrownBy(() -> broken.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("broken command");
        }
        // The first alone, the failed pair, then each of the pair alone.
        assertThat(sizes).containsExactly(1, 2, 1, 1);
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
