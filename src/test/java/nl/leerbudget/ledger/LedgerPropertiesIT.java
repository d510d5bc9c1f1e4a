package nl.leerbudget.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.register.Register;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Properties of the ledger as stored, on the database the suite runs on: random sequences of deposits, spending,
 * holds, settlements, releases and reversals, then the invariants of the whole ledger, then a replay of everything.
 * Shares the Spring context of the other integration tests through the test context cache.
 */
@IntegrationTest
class LedgerPropertiesIT {

    private static Ledger ledger;
    private static JdbcClient jdbc;
    private static Register register;
    private static PersonRegistry people;

    @BeforeContainer
    static void context() throws Exception {
        ApplicationContext context = new TestContextManager(LedgerPropertiesIT.class)
                .getTestContext()
                .getApplicationContext();
        ledger = context.getBean(Ledger.class);
        jdbc = context.getBean(JdbcClient.class);
        register = context.getBean(Register.class);
        people = context.getBean(PersonRegistry.class);
    }

    sealed interface Action {}

    record Deposit(int compartment, long amount) implements Action {}

    record Spend(int compartment, int provider, long amount) implements Action {}

    record Hold(int compartment, int provider, long amount) implements Action {}

    record Settle(int hold, int percent) implements Action {}

    record Release(int hold) implements Action {}

    record Reverse(int transfer) implements Action {}

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Integer> compartment = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> provider = Arbitraries.integers().between(0, 1);
        Arbitrary<Long> amount = Arbitraries.longs().between(1, 60_000);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 20);
        Arbitrary<Action> action = Arbitraries.oneOf(
                Combinators.combine(compartment, amount).as(Deposit::new),
                Combinators.combine(compartment, provider, amount).as(Spend::new),
                Combinators.combine(compartment, provider, amount).as(Hold::new),
                Combinators.combine(index, Arbitraries.integers().between(1, 100))
                        .as(Settle::new),
                index.map(Release::new),
                index.map(Reverse::new));
        return action.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 40)
    void theLedgerKeepsItsInvariantsAndReplaysWithoutEffect(@ForAll("actions") List<Action> actions) {
        SystemActor.install();
        try {
            replayedWithoutEffect(actions);
        } finally {
            SystemActor.clear();
        }
    }

    private void replayedWithoutEffect(List<Action> actions) {
        var given = new LedgerFixture(ledger, register, people);
        AccountId funder = given.funder(100_000);
        List<AccountId> compartments = List.of(
                given.compartment(funder, 20_000), given.compartment(funder, 20_000), given.compartment(funder, 1));
        List<AccountId> providers = List.of(given.provider(), given.provider());
        List<TransferId> holds = new ArrayList<>();
        List<TransferId> moved = new ArrayList<>();
        List<LedgerCommand> accepted = new ArrayList<>();
        List<CommandResult.Executed> results = new ArrayList<>();

        for (Action action : actions) {
            TransferOrder order = switch (action) {
                case Deposit d ->
                    new TransferOrder.Move(
                            funder, compartments.get(d.compartment()), d.amount(), TransferCode.DEPOSIT, null);
                case Spend s ->
                    new TransferOrder.Move(
                            compartments.get(s.compartment()),
                            providers.get(s.provider()),
                            s.amount(),
                            TransferCode.SPEND,
                            null,
                            given.offeringOf(providers.get(s.provider())));
                case Hold h ->
                    new TransferOrder.Hold(
                            compartments.get(h.compartment()),
                            providers.get(h.provider()),
                            h.amount(),
                            TransferCode.SPEND,
                            null,
                            null,
                            given.offeringOf(providers.get(h.provider())));
                case Settle s ->
                    holds.isEmpty() ? null : new TransferOrder.Settle(holds.get(s.hold() % holds.size()), null);
                case Release r ->
                    holds.isEmpty() ? null : new TransferOrder.Release(holds.get(r.hold() % holds.size()));
                case Reverse r ->
                    moved.isEmpty() ? null : new TransferOrder.Reverse(moved.get(r.transfer() % moved.size()), null);
            };
            if (order == null) {
                continue;
            }
            LedgerCommand command = LedgerCommand.of(CommandId.random(), order);
            if (ledger.execute(command) instanceof CommandResult.Executed executed) {
                accepted.add(command);
                results.add(executed);
                for (Transfer t : executed.transfers()) {
                    if (t.kind() == TransferKind.PENDING) {
                        holds.add(t.id());
                    } else if (t.kind() == TransferKind.POSTED || t.kind() == TransferKind.POST_PENDING) {
                        moved.add(t.id());
                    }
                }
            }
        }

        assertInvariants();

        Map<String, Long> before = totals();
        for (int i = 0; i < accepted.size(); i++) {
            CommandResult replay = ledger.execute(accepted.get(i));
            assertThat(replay)
                    .isInstanceOfSatisfying(
                            CommandResult.Executed.class,
                            r -> assertThat(r.replayed()).isTrue());
            assertThat(((CommandResult.Executed) replay).transfers())
                    .isEqualTo(results.get(i).transfers());
        }
        assertThat(totals()).isEqualTo(before);
    }

    /** The invariants of the whole ledger, checked in SQL over every account and transfer. */
    static void assertInvariants() {
        // Every unit sums to zero, posted and pending alike.
        assertThat(jdbc.sql("""
                                select count(*) from (select unit from ledger_account group by unit
                                having sum(credits_posted) <> sum(debits_posted)
                                    or sum(credits_pending) <> sum(debits_pending)) t""").query(Long.class).single()).isZero();
        // No account below zero unless it may; holds never exceed the balance.
        assertThat(jdbc.sql("""
                                select count(*) from ledger_account
                                where not allow_negative and debits_posted + debits_pending > credits_posted""").query(Long.class).single()).isZero();
        // The running totals agree with the transfers they summarise.
        assertThat(jdbc.sql("""
                                select count(*) from ledger_account a
                                where a.credits_posted <> coalesce((select sum(amount) from ledger_transfer t
                                        where t.credit_account_id = a.id and t.kind in ('POSTED', 'POST_PENDING')), 0)
                                   or a.debits_posted <> coalesce((select sum(amount) from ledger_transfer t
                                        where t.debit_account_id = a.id and t.kind in ('POSTED', 'POST_PENDING')), 0)
                                   or a.debits_pending <> coalesce((select sum(amount) from ledger_transfer t
                                        where t.debit_account_id = a.id and t.kind = 'PENDING'
                                          and not exists (select 1 from ledger_transfer r where r.pending_id = t.id)), 0)""").query(Long.class).single()).isZero();
    }

    private static Map<String, Long> totals() {
        Map<String, Long> totals = new java.util.HashMap<>();
        jdbc.sql("select id, credits_posted - debits_posted as posted, debits_pending from ledger_account")
                .query(rs -> {
                    totals.put(rs.getString("id"), rs.getLong("posted") * 31 + rs.getLong("debits_pending"));
                });
        return totals;
    }
}
