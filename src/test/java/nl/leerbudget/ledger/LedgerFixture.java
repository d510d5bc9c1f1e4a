package nl.leerbudget.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.register.Register;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Trainings;
import org.jspecify.annotations.Nullable;

/** Builds accounts for ledger integration tests through the ledger's own API, each test with fresh ids. */
final class LedgerFixture {

    private final Ledger ledger;
    private final Trainings trainings;
    private final Map<AccountId, String> offerings = new ConcurrentHashMap<>();

    private final PersonRegistry people;

    LedgerFixture(Ledger ledger, Register register, PersonRegistry people) {
        this.ledger = ledger;
        this.trainings = new Trainings(register, ledger);
        this.people = people;
    }

    AccountId funder(long cents) {
        AccountId id = AccountId.random();
        executed(new LedgerCommand(
                CommandId.random(),
                List.of(new OpenAccount(
                        id, AccountKind.FUNDER, Unit.EUR, "Funder " + id, false, FunderType.EMPLOYER, null)),
                cents == 0
                        ? List.of()
                        : List.of(new TransferOrder.Move(
                                SystemAccounts.settlement(Unit.EUR), id, cents, TransferCode.TOP_UP, null))));
        return id;
    }

    /** A provider's payable account; the provider gives one admitted offering ({@link #offeringOf}). */
    AccountId provider() {
        Trainings.Training training = trainings.shortCourse();
        offerings.put(training.payable(), training.offeringId());
        return training.payable();
    }

    /** The offering a payment to the provider is for. */
    String offeringOf(AccountId provider) {
        return java.util.Objects.requireNonNull(offerings.get(provider), "a provider of this fixture");
    }

    LearningAccountId learningAccount() {
        return ledger.openLearningAccount(TestPeople.register(people)).account().id();
    }

    AccountId compartment(AccountId funder, long cents) {
        return compartment(learningAccount(), funder, cents, null, ExpiryRule.RETURN_TO_FUNDER);
    }

    AccountId compartment(
            LearningAccountId owner, AccountId funder, long cents, @Nullable LocalDate validUntil, ExpiryRule rule) {
        AccountId id = AccountId.random();
        executed(new LedgerCommand(
                CommandId.random(),
                List.of(OpenAccount.compartment(
                        id,
                        Unit.EUR,
                        new CompartmentTerms(
                                owner, funder, "Budget", CompartmentConditions.NONE, null, validUntil, rule))),
                List.of(new TransferOrder.Move(funder, id, cents, TransferCode.DEPOSIT, null))));
        return id;
    }

    CommandResult.Executed executed(LedgerCommand command) {
        CommandResult result = ledger.execute(command);
        assertThat(result).isInstanceOf(CommandResult.Executed.class);
        return (CommandResult.Executed) result;
    }

    AccountView account(AccountId id) {
        return ledger.account(id).orElseThrow();
    }
}
