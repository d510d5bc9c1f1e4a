package nl.leerbudget.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.register.Register;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LedgerIT {

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
    void aTrainingIsPaidByHoldingAndSettlingFromACompartment() {
        AccountId employer = given.funder(500_000);
        AccountId compartment = given.compartment(employer, 150_000);
        AccountId provider = given.provider();

        CommandId holdId = CommandId.random();
        given.executed(LedgerCommand.of(
                holdId,
                new TransferOrder.Hold(
                        compartment,
                        provider,
                        120_000,
                        TransferCode.SPEND,
                        null,
                        "Cursus Excel",
                        given.offeringOf(provider))));
        assertThat(given.account(compartment).available()).isEqualTo(30_000);
        assertThat(given.account(compartment).balance()).isEqualTo(150_000);

        given.executed(LedgerCommand.of(
                CommandId.random(), new TransferOrder.Settle(new TransferId(holdId.value()), 100_000L)));

        assertThat(given.account(compartment).balance()).isEqualTo(50_000);
        assertThat(given.account(compartment).available()).isEqualTo(50_000);
        assertThat(given.account(provider).balance()).isEqualTo(100_000);

        Statement statement = ledger.statement(
                        compartment, Instant.EPOCH, Instant.now().plusSeconds(60))
                .orElseThrow();
        assertThat(statement.lines())
                .extracting(line -> line.transfer().kind())
                .containsExactly(TransferKind.POSTED, TransferKind.PENDING, TransferKind.POST_PENDING);
        assertThat(statement.closingBalance()).isEqualTo(50_000);

        FunderUsage usage = ledger.funderUsage(employer).orElseThrow();
        assertThat(usage.deposited()).isEqualTo(150_000);
        assertThat(usage.spent()).isEqualTo(100_000);
        assertThat(usage.available()).isEqualTo(50_000);
        assertThat(usage.compartments()).isEqualTo(1);
    }

    @Test
    void severalAccountsAreReadAtOnceAsEachIsAlone() {
        AccountId employer = given.funder(500_000);
        AccountId other = given.funder(0);
        AccountId compartment = given.compartment(employer, 150_000);
        AccountId unknown = AccountId.random();

        Map<AccountId, AccountView> found = ledger.accounts(List.of(employer, other, compartment, unknown, employer));

        assertThat(found)
                .containsOnlyKeys(employer, other, compartment)
                .containsEntry(employer, ledger.account(employer).orElseThrow())
                .containsEntry(other, ledger.account(other).orElseThrow())
                .containsEntry(compartment, ledger.account(compartment).orElseThrow());
        assertThat(ledger.accounts(List.of())).isEmpty();
    }

    @Test
    void aRepeatedCommandIsAnsweredWithTheOriginalResultAndChangesNothing() {
        AccountId employer = given.funder(100_000);
        AccountId compartment = given.compartment(employer, 10_000);
        AccountId provider = given.provider();
        var command = LedgerCommand.of(
                CommandId.random(),
                new TransferOrder.Move(
                        compartment, provider, 2_500, TransferCode.SPEND, null, given.offeringOf(provider)));

        CommandResult.Executed first = given.executed(command);
        CommandResult.Executed again = given.executed(command);

        assertThat(again.replayed()).isTrue();
        assertThat(again.transfers()).isEqualTo(first.transfers());
        assertThat(given.account(compartment).balance()).isEqualTo(7_500);
    }

    @Test
    void theSameIdWithOtherContentIsAConflictNotAReplay() {
        AccountId employer = given.funder(100_000);
        AccountId compartment = given.compartment(employer, 10_000);
        AccountId provider = given.provider();
        CommandId id = CommandId.random();
        given.executed(LedgerCommand.of(
                id,
                new TransferOrder.Move(
                        compartment, provider, 2_500, TransferCode.SPEND, null, given.offeringOf(provider))));

        CommandResult other = ledger.execute(LedgerCommand.of(
                id,
                new TransferOrder.Move(
                        compartment, provider, 2_600, TransferCode.SPEND, null, given.offeringOf(provider))));

        assertThat(other).isInstanceOf(CommandResult.IdConflict.class);
        assertThat(given.account(compartment).balance()).isEqualTo(7_500);
    }

    @Test
    void expiryReturnsOrLapsesWhatIsLeftExactlyOnce() {
        LocalDate today = LocalDate.now(Ledger.ZONE);
        AccountId employer = given.funder(100_000);
        LearningAccountId owner = given.learningAccount();
        AccountId returning = given.compartment(owner, employer, 30_000, today, ExpiryRule.RETURN_TO_FUNDER);
        AccountId lapsing = given.compartment(owner, employer, 20_000, today, ExpiryRule.LAPSE_TO_STATE);
        AccountId provider = given.provider();
        CommandId hold = CommandId.random();
        given.executed(LedgerCommand.of(
                hold,
                new TransferOrder.Hold(
                        returning, provider, 5_000, TransferCode.SPEND, null, null, given.offeringOf(provider))));
        long lapsedBefore = given.account(SystemAccounts.lapsed(Unit.EUR)).balance();

        ExpiryReport first = ledger.expire(today.plusDays(1));
        ExpiryReport second = ledger.expire(today.plusDays(1));

        assertThat(first.compartmentsExpired()).isGreaterThanOrEqualTo(2);
        assertThat(given.account(returning).available()).isZero();
        assertThat(given.account(returning).held()).isEqualTo(5_000);
        assertThat(given.account(returning).expiredAt()).isNotNull();
        assertThat(given.account(lapsing).balance()).isZero();
        assertThat(given.account(employer).balance()).isEqualTo(100_000 - 50_000 + 25_000);
        assertThat(given.account(SystemAccounts.lapsed(Unit.EUR)).balance()).isEqualTo(lapsedBefore + 20_000);
        assertThat(second.compartmentsExpired()).isZero();
        assertThat(second.amountReturned() + second.amountLapsed()).isZero();

        // A hold released after expiry frees money in an expired compartment: the next run sweeps it.
        given.executed(LedgerCommand.of(CommandId.random(), new TransferOrder.Release(new TransferId(hold.value()))));
        ExpiryReport third = ledger.expire(today.plusDays(2));
        assertThat(third.amountReturned()).isGreaterThanOrEqualTo(5_000);
        assertThat(given.account(returning).balance()).isZero();
        assertThat(given.account(employer).balance()).isEqualTo(80_000);
    }

    @Test
    void holdsAreReleasedWhenTheirTimeoutHasPassed() throws InterruptedException {
        AccountId employer = given.funder(100_000);
        AccountId compartment = given.compartment(employer, 10_000);
        AccountId provider = given.provider();
        CommandId hold = CommandId.random();
        given.executed(LedgerCommand.of(
                hold,
                new TransferOrder.Hold(
                        compartment,
                        provider,
                        4_000,
                        TransferCode.SPEND,
                        Duration.ofMillis(300),
                        null,
                        given.offeringOf(provider))));
        assertThat(given.account(compartment).available()).isEqualTo(6_000);

        Thread.sleep(400);
        ledger.releaseTimedOutHolds();

        assertThat(given.account(compartment).available()).isEqualTo(10_000);
        assertThat(ledger.holdResolved(new TransferId(hold.value()))).contains(true);
        assertThat(ledger.execute(LedgerCommand.of(
                        CommandId.random(), new TransferOrder.Settle(new TransferId(hold.value()), null))))
                .isInstanceOfSatisfying(
                        CommandResult.Rejected.class, r -> assertThat(r.rule()).isEqualTo(LedgerRule.HOLD_RESOLVED));
    }

    @Test
    void aRejectedCommandIsNotRecordedAndMayBeRetriedLater() {
        AccountId employer = given.funder(1_000);
        AccountId compartment = given.compartment(employer, 1_000);
        AccountId provider = given.provider();
        var command = LedgerCommand.of(
                CommandId.random(),
                new TransferOrder.Move(
                        compartment, provider, 1_500, TransferCode.SPEND, null, given.offeringOf(provider)));
        assertThat(ledger.execute(command)).isInstanceOf(CommandResult.Rejected.class);

        given.executed(new LedgerCommand(
                CommandId.random(),
                List.of(),
                List.of(
                        new TransferOrder.Move(
                                SystemAccounts.settlement(Unit.EUR), employer, 500, TransferCode.TOP_UP, null),
                        new TransferOrder.Move(employer, compartment, 500, TransferCode.DEPOSIT, null))));

        assertThat(given.executed(command).replayed()).isFalse();
    }

    @Test
    void theDemoDataIsLoadedOnce() {
        assertThat(ledger.accounts(AccountKind.FUNDER, 1, 100).items())
                .extracting(AccountView::name)
                .contains("Rijksoverheid — leerrechten (OCW)", "Gemeente Utrecht");
        assertThat(ledger.learningAccountOf(new nl.leerbudget.shared.PersonId(
                                java.util.UUID.fromString("6f1c2b0e-0001-4000-8000-000000000001")))
                        .orElseThrow()
                        .compartments())
                .hasSize(2);
    }
}
