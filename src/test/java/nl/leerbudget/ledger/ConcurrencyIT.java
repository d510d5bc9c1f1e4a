package nl.leerbudget.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.register.Register;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many threads at once against one compartment and one funder account: never a cent overspent. */
@IntegrationTest
class ConcurrencyIT {

    private static final int THREADS = 8;

    @Autowired
    Ledger ledger;

    LedgerFixture given;

    @Autowired
    void fixture(Ledger ledger, Register register, PersonRegistry people) {
        this.given = new LedgerFixture(ledger, register, people);
    }

    @BeforeEach
    void asSystem() {
        SystemActor.install();
    }

    @AfterEach
    void clear() {
        SystemActor.clear();
    }

    @Test
    void concurrentHoldsOnOneCompartmentNeverExceedItsBalance() throws Exception {
        AccountId funder = given.funder(100_000);
        AccountId compartment = given.compartment(funder, 100_000);
        AccountId provider = given.provider();
        AtomicInteger accepted = new AtomicInteger();

        runConcurrently(40, i -> {
            CommandResult result = ledger.execute(LedgerCommand.of(
                    CommandId.random(),
                    new TransferOrder.Hold(
                            compartment, provider, 700, TransferCode.SPEND, null, null, given.offeringOf(provider))));
            if (result instanceof CommandResult.Executed) {
                accepted.incrementAndGet();
            } else {
                assertThat(((CommandResult.Rejected) result).rule()).isEqualTo(LedgerRule.INSUFFICIENT_FUNDS);
            }
        });

        AccountView after = given.account(compartment);
        assertThat(accepted.get()).isEqualTo(100_000 / 700);
        assertThat(after.held()).isEqualTo(accepted.get() * 700L);
        assertThat(after.available()).isEqualTo(100_000 - accepted.get() * 700L).isNotNegative();
        assertThat(given.account(provider).incoming()).isEqualTo(after.held());
    }

    @Test
    void concurrentDepositsFromOneFunderNeverExceedItsBalance() throws Exception {
        AccountId funder = given.funder(50_000);
        List<AccountId> compartments = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            compartments.add(given.compartment(funder, 1));
        }
        AtomicInteger accepted = new AtomicInteger();

        runConcurrently(30, i -> {
            // Alternate single commands and batches of five, as the API and the bulk paths do.
            List<LedgerCommand> batch = new ArrayList<>();
            for (int n = 0; n < (i % 2 == 0 ? 1 : 5); n++) {
                batch.add(LedgerCommand.of(
                        CommandId.random(),
                        new TransferOrder.Move(
                                funder, compartments.get(i % THREADS), 300, TransferCode.DEPOSIT, null)));
            }
            for (CommandResult result : ledger.executeAll(batch)) {
                if (result instanceof CommandResult.Executed) {
                    accepted.incrementAndGet();
                }
            }
        });

        long deposited = compartments.stream()
                .mapToLong(c -> given.account(c).balance() - 1)
                .sum();
        assertThat(accepted.get()).isEqualTo((50_000 - THREADS) / 300);
        assertThat(deposited).isEqualTo(accepted.get() * 300L);
        assertThat(given.account(funder).balance())
                .isEqualTo(50_000 - THREADS - deposited)
                .isNotNegative();
    }

    @Test
    void concurrentSingleCommandsShareTransactionsAndEachIsDecidedForItsOwnCaller() throws Exception {
        AccountId funder = given.funder(1_000_000);
        AccountId compartment = given.compartment(funder, 1);
        long[] before = ledger.groupCommitCounts().orElseThrow();
        AtomicInteger executed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();

        runConcurrently(25, i -> {
            // Every fourth caller is nobody: the ledger refuses it, in whatever group its command lands.
            if (i % 4 == 3) {
                SystemActor.clear();
            } else {
                SystemActor.install();
            }
            CommandResult result = ledger.execute(LedgerCommand.of(
                    CommandId.random(), new TransferOrder.Move(funder, compartment, 100, TransferCode.DEPOSIT, null)));
            switch (result) {
                case CommandResult.Executed e -> executed.incrementAndGet();
                case CommandResult.Rejected r when r.rule() == LedgerRule.NOT_PERMITTED -> refused.incrementAndGet();
                default -> throw new AssertionError("unexpected " + result);
            }
        });

        long[] after = ledger.groupCommitCounts().orElseThrow();
        assertThat(executed.get()).isEqualTo(THREADS * 25 * 3 / 4);
        assertThat(refused.get()).isEqualTo(THREADS * 25 / 4);
        assertThat(given.account(compartment).balance()).isEqualTo(1 + executed.get() * 100L);
        assertThat(given.account(funder).balance()).isEqualTo(1_000_000 - 1 - executed.get() * 100L);
        // Every command went through group commit; with eight callers at once, groups held several of them.
        assertThat(after[1] - before[1]).isEqualTo(THREADS * 25L);
        assertThat(after[0] - before[0]).isLessThan(after[1] - before[1]);
    }

    interface Step {
        void run(int index) throws Exception;
    }

    /** Runs {@code perThread} steps on each of {@link #THREADS} threads, all released at once. */
    private static void runConcurrently(int perThread, Step step) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<Void>> futures = new ArrayList<>();
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Void> work = () -> {
                    SystemActor.install();
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        step.run(thread * perThread + i);
                    }
                    return null;
                };
                futures.add(pool.submit(work));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get();
            }
        }
    }
}
