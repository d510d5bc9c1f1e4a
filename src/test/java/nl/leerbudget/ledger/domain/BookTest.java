package nl.leerbudget.ledger.domain;

import static nl.leerbudget.ledger.domain.Books.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerRule;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import org.junit.jupiter.api.Test;

class BookTest {

    private final Account employer = Books.funder("employer", 100_000);
    private final Account compartment = Books.compartment("budget", employer, 50_000, TODAY.plusYears(1));
    private final Account provider = Books.provider("roc");

    private static LedgerCommand command(String id, TransferOrder... orders) {
        return new LedgerCommand(CommandId.derived(id), List.of(), List.of(orders));
    }

    private static TransferOrder spend(Account from, Account to, long amount) {
        return new TransferOrder.Move(from.id(), to.id(), amount, TransferCode.SPEND, null, Books.COURSE);
    }

    private static Balances balances(Book book, Account account) {
        return book.account(account.id()).orElseThrow().balances();
    }

    private static LedgerRule rule(CommandResult result) {
        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        return ((CommandResult.Rejected) result).rule();
    }

    @Test
    void movesMoneyFromDebitToCreditAccount() {
        Book book = Books.of(employer, compartment, provider);

        CommandResult result = book.execute(command("pay", spend(compartment, provider, 20_000)));

        assertThat(result).isInstanceOf(CommandResult.Executed.class);
        assertThat(balances(book, compartment).posted()).isEqualTo(30_000);
        assertThat(balances(book, provider).posted()).isEqualTo(20_000);
        assertThat(book.transfers()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TransferKind.POSTED);
            assertThat(t.id()).isEqualTo(new TransferId(CommandId.derived("pay").value()));
        });
        assertThat(book.changedAccounts()).extracting(Account::id).containsOnly(compartment.id(), provider.id());
    }

    @Test
    void rejectsSpendingMoreThanACompartmentHoldsAndChangesNothing() {
        Book book = Books.of(employer, compartment, provider);

        CommandResult result = book.execute(command("too-much", spend(compartment, provider, 50_001)));

        assertThat(rule(result)).isEqualTo(LedgerRule.INSUFFICIENT_FUNDS);
        assertThat(balances(book, compartment)).isEqualTo(compartment.balances());
        assertThat(book.transfers()).isEmpty();
        assertThat(book.changedAccounts()).isEmpty();
    }

    @Test
    void rejectsALinkedCommandWholeWhenOneStepFails() {
        Book book = Books.of(employer, compartment, provider);

        CommandResult result = book.execute(
                command("linked", spend(compartment, provider, 10_000), spend(compartment, provider, 45_000)));

        assertThat(result)
                .isInstanceOfSatisfying(
                        CommandResult.Rejected.class, r -> assertThat(r.step()).isEqualTo(1));
        assertThat(balances(book, compartment).posted()).isEqualTo(50_000);
        assertThat(balances(book, provider).posted()).isZero();
        assertThat(book.changedAccounts()).isEmpty();
    }

    @Test
    void aHoldReservesMoneyWithoutMovingIt() {
        Book book = Books.of(employer, compartment, provider);

        book.execute(command(
                "hold",
                new TransferOrder.Hold(
                        compartment.id(), provider.id(), 30_000, TransferCode.SPEND, null, null, Books.COURSE)));

        assertThat(balances(book, compartment).posted()).isEqualTo(50_000);
        assertThat(balances(book, compartment).available()).isEqualTo(20_000);
        assertThat(balances(book, provider).creditsPending()).isEqualTo(30_000);
        assertThat(rule(book.execute(command("more", spend(compartment, provider, 20_001)))))
                .isEqualTo(LedgerRule.INSUFFICIENT_FUNDS);
    }

    @Test
    void settlingPartOfAHoldReleasesTheRest() {
        Book book = Books.of(employer, compartment, provider);
        book.execute(command(
                "hold",
                new TransferOrder.Hold(
                        compartment.id(), provider.id(), 30_000, TransferCode.SPEND, null, null, Books.COURSE)));
        TransferId hold = new TransferId(CommandId.derived("hold").value());

        book.execute(command("settle", new TransferOrder.Settle(hold, 12_500L)));

        assertThat(balances(book, compartment)).isEqualTo(new Balances(12_500, 50_000, 0, 0));
        assertThat(balances(book, provider)).isEqualTo(new Balances(0, 12_500, 0, 0));
        assertThat(rule(book.execute(command("again", new TransferOrder.Release(hold)))))
                .isEqualTo(LedgerRule.HOLD_RESOLVED);
    }

    @Test
    void aSettlementCannotExceedItsHold() {
        Book book = Books.of(employer, compartment, provider);
        book.execute(command(
                "hold",
                new TransferOrder.Hold(
                        compartment.id(), provider.id(), 10_000, TransferCode.SPEND, null, null, Books.COURSE)));
        TransferId hold = new TransferId(CommandId.derived("hold").value());

        assertThat(rule(book.execute(command("settle", new TransferOrder.Settle(hold, 10_001L)))))
                .isEqualTo(LedgerRule.EXCEEDS_HOLD);
    }

    @Test
    void aReleasedHoldGivesTheMoneyBack() {
        Book book = Books.of(employer, compartment, provider);
        book.execute(command(
                "hold",
                new TransferOrder.Hold(
                        compartment.id(), provider.id(), 10_000, TransferCode.SPEND, null, null, Books.COURSE)));

        book.execute(command(
                "release",
                new TransferOrder.Release(
                        new TransferId(CommandId.derived("hold").value()))));

        assertThat(balances(book, compartment).available()).isEqualTo(50_000);
        assertThat(book.transfers())
                .extracting(Transfer::kind)
                .containsExactly(TransferKind.PENDING, TransferKind.VOID_PENDING);
    }

    @Test
    void aTimedOutHoldCannotBeSettledButCanBeReleased() {
        Transfer old = new Transfer(
                TransferId.derived("old"),
                CommandId.derived("old"),
                TransferKind.PENDING,
                compartment.id(),
                provider.id(),
                5_000,
                Unit.EUR,
                TransferCode.SPEND,
                null,
                null,
                Books.NOW.minus(Duration.ofMinutes(1)),
                null,
                Books.NOW.minus(Duration.ofHours(1)));
        Book book = new Book(
                List.of(
                        compartment.with(new Balances(0, 50_000, 5_000, 0)),
                        provider.with(new Balances(0, 0, 0, 5_000))),
                List.of(new HoldState(old, false)),
                List.of(),
                Books.NOW,
                TODAY);

        assertThat(rule(book.execute(command("settle", new TransferOrder.Settle(old.id(), null)))))
                .isEqualTo(LedgerRule.HOLD_TIMED_OUT);
        assertThat(book.execute(command("release", new TransferOrder.Release(old.id()))))
                .isInstanceOf(CommandResult.Executed.class);
    }

    @Test
    void aReversalRestoresBalancesAndHappensOnce() {
        Transfer paid = new Transfer(
                TransferId.derived("paid"),
                CommandId.derived("paid"),
                TransferKind.POSTED,
                compartment.id(),
                provider.id(),
                5_000,
                Unit.EUR,
                TransferCode.SPEND,
                null,
                null,
                null,
                null,
                Books.NOW);
        Book book = new Book(
                List.of(
                        compartment.with(new Balances(5_000, 50_000, 0, 0)),
                        provider.with(new Balances(0, 5_000, 0, 0))),
                List.of(),
                List.of(new ReversibleState(paid, false)),
                Books.NOW,
                TODAY);

        book.execute(command("undo", new TransferOrder.Reverse(paid.id(), "wrong provider")));

        assertThat(balances(book, compartment).posted()).isEqualTo(50_000);
        assertThat(balances(book, provider).posted()).isZero();
        assertThat(book.transfers().getFirst().code()).isEqualTo(TransferCode.REVERSAL);
        assertThat(rule(book.execute(command("undo-again", new TransferOrder.Reverse(paid.id(), null)))))
                .isEqualTo(LedgerRule.ALREADY_REVERSED);
    }

    @Test
    void neverMixesUnits() {
        Account hours = Account.open(
                new OpenAccount(
                        AccountId.derived("hours"), AccountKind.PROVIDER_PAYABLE, Unit.HOURS, "h", false, null, null),
                Books.NOW);
        Book book = Books.of(employer, compartment, hours);

        assertThat(rule(book.execute(command("mix", spend(compartment, hours, 100)))))
                .isEqualTo(LedgerRule.UNIT_MISMATCH);
    }

    @Test
    void onlyTheCompartmentsOwnFunderDepositsIntoIt() {
        Account other = Books.funder("other", 100_000);
        Book book = Books.of(employer, other, compartment);

        assertThat(rule(book.execute(command(
                        "deposit",
                        new TransferOrder.Move(other.id(), compartment.id(), 100, TransferCode.DEPOSIT, null)))))
                .isEqualTo(LedgerRule.FUNDER_MISMATCH);
    }

    @Test
    void aCompartmentCannotBeSpentAfterItsValidity() {
        Account ended = Books.compartment("ended", employer, 10_000, TODAY.minusDays(1));
        Book book = Books.of(employer, ended, provider);

        assertThat(rule(book.execute(command("late", spend(ended, provider, 100)))))
                .isEqualTo(LedgerRule.COMPARTMENT_NOT_VALID);
        assertThat(book.execute(command(
                        "expire",
                        new TransferOrder.Move(ended.id(), employer.id(), 10_000, TransferCode.EXPIRY_RETURN, null))))
                .isInstanceOf(CommandResult.Executed.class);
    }

    @Test
    void theBankMayGoBelowZeroAFunderMayNot() {
        Account bank = Books.bank();
        Book book = Books.of(bank, employer);

        assertThat(book.execute(command(
                        "top-up",
                        new TransferOrder.Move(bank.id(), employer.id(), 1_000_000, TransferCode.TOP_UP, null))))
                .isInstanceOf(CommandResult.Executed.class);
        assertThat(balances(book, bank).posted()).isEqualTo(-1_000_000);
        assertThat(rule(book.execute(command(
                        "overdraw",
                        new TransferOrder.Move(employer.id(), bank.id(), 1_100_001, TransferCode.PAYOUT, null)))))
                .isEqualTo(LedgerRule.INSUFFICIENT_FUNDS);
    }

    @Test
    void opensACompartmentAndFillsItInOneCommand() {
        Book book = Books.of(employer);
        AccountId id = AccountId.derived("new");
        var open = OpenAccount.compartment(id, Unit.EUR, compartment.compartment());

        CommandResult result = book.execute(new LedgerCommand(
                CommandId.derived("deposit"),
                List.of(open),
                List.of(new TransferOrder.Move(employer.id(), id, 7_500, TransferCode.DEPOSIT, null))));

        assertThat(result).isInstanceOf(CommandResult.Executed.class);
        assertThat(book.openedAccounts())
                .singleElement()
                .satisfies(a -> assertThat(a.balances().posted()).isEqualTo(7_500));
        assertThat(book.changedAccounts()).extracting(Account::id).containsExactly(employer.id());
    }

    @Test
    void aRejectedOpeningLeavesNoAccountBehind() {
        Book book = Books.of(employer);
        AccountId id = AccountId.derived("new");
        var open = OpenAccount.compartment(id, Unit.EUR, compartment.compartment());

        book.execute(new LedgerCommand(
                CommandId.derived("deposit"),
                List.of(open),
                List.of(new TransferOrder.Move(employer.id(), id, 100_001, TransferCode.DEPOSIT, null))));

        assertThat(book.account(id)).isEmpty();
        assertThat(book.openedAccounts()).isEmpty();
    }
}
