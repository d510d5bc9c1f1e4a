package nl.leerbudget.ledger.domain;

import static nl.leerbudget.ledger.domain.Books.NOW;
import static nl.leerbudget.ledger.domain.Books.OWNER;
import static nl.leerbudget.ledger.domain.Books.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerRule;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The ledger holds every hold and payment out of a compartment to the compartment's conditions. */
class PaymentConditionsTest {

    private final Account state = Books.funder("stap", 1_000_000);
    private final Account openUniversity = Books.provider("ou");
    private final Account otherProvider = Books.provider("other");

    private final Purpose ouCourse =
            new Purpose("ou-course", openUniversity.id(), OfferingType.SHORT_COURSE, true, Set.of("onderwijs"));
    private final Purpose otherCourse =
            new Purpose("other-course", otherProvider.id(), OfferingType.SHORT_COURSE, false, Set.of("zorg"));
    private final Purpose otherDiploma =
            new Purpose("other-diploma", otherProvider.id(), OfferingType.DIPLOMA_PROGRAMME, true, Set.of("techniek"));

    private Account compartment(CompartmentConditions conditions) {
        return Account.open(
                        OpenAccount.compartment(
                                AccountId.derived("grant"),
                                state.unit(),
                                new CompartmentTerms(
                                        OWNER,
                                        state.id(),
                                        "STAP-budget",
                                        conditions,
                                        null,
                                        TODAY.plusYears(1),
                                        ExpiryRule.LAPSE_TO_STATE)),
                        NOW)
                .with(new Balances(0, 100_000, 0, 0));
    }

    private Book book(Account compartment) {
        return new Book(
                List.of(state, compartment, openUniversity, otherProvider),
                List.of(),
                List.of(),
                Map.of(
                        ouCourse.offeringId(), ouCourse,
                        otherCourse.offeringId(), otherCourse,
                        otherDiploma.offeringId(), otherDiploma),
                NOW,
                TODAY);
    }

    private static @Nullable LedgerRule hold(Book book, Account from, Account to, @Nullable String offering) {
        CommandResult result = book.execute(LedgerCommand.of(
                CommandId.random(),
                new TransferOrder.Hold(from.id(), to.id(), 50_000, TransferCode.SPEND, null, null, offering)));
        return result instanceof CommandResult.Rejected rejected ? rejected.rule() : null;
    }

    private static @Nullable LedgerRule spend(Book book, Account from, Account to, @Nullable String offering) {
        CommandResult result = book.execute(LedgerCommand.of(
                CommandId.random(),
                new TransferOrder.Move(from.id(), to.id(), 50_000, TransferCode.SPEND, null, offering)));
        return result instanceof CommandResult.Rejected rejected ? rejected.rule() : null;
    }

    private static CompartmentConditions earmarkedFor(String offering) {
        return new CompartmentConditions(Set.of(), false, offering, Set.of());
    }

    @Test
    void aGrantEarmarkedForOneOfferingPaysForThatOfferingOnly() {
        Account grant = compartment(earmarkedFor("ou-course"));
        Book book = book(grant);

        assertThat(hold(book, grant, otherProvider, "other-course")).isEqualTo(LedgerRule.OTHER_OFFERING);
        assertThat(spend(book, grant, otherProvider, "other-course")).isEqualTo(LedgerRule.OTHER_OFFERING);
        assertThat(hold(book, grant, openUniversity, "ou-course")).isNull();
        assertThat(book.purposes()).containsValue(ouCourse);
    }

    @Test
    void aPaymentMustNameItsOffering() {
        Account budget = compartment(CompartmentConditions.NONE);
        Book book = book(budget);

        assertThat(hold(book, budget, otherProvider, null)).isEqualTo(LedgerRule.PURPOSE_MISSING);
        assertThat(spend(book, budget, otherProvider, "no-such-course")).isEqualTo(LedgerRule.UNKNOWN_OFFERING);
    }

    @Test
    void theMoneyGoesOnlyToTheProviderOfTheOffering() {
        Account budget = compartment(CompartmentConditions.NONE);
        Book book = book(budget);

        assertThat(hold(book, budget, otherProvider, "ou-course")).isEqualTo(LedgerRule.PAYEE_NOT_PROVIDER);
    }

    @Test
    void typesRecognitionAndSectorsAreEachChecked() {
        Account diplomasOnly =
                compartment(new CompartmentConditions(Set.of(OfferingType.DIPLOMA_PROGRAMME), false, null, Set.of()));
        assertThat(hold(book(diplomasOnly), diplomasOnly, otherProvider, "other-course"))
                .isEqualTo(LedgerRule.OFFERING_TYPE_EXCLUDED);

        Account recognisedOnly = compartment(new CompartmentConditions(Set.of(), true, null, Set.of()));
        assertThat(hold(book(recognisedOnly), recognisedOnly, otherProvider, "other-course"))
                .isEqualTo(LedgerRule.NOT_RECOGNISED);
        assertThat(hold(book(recognisedOnly), recognisedOnly, otherProvider, "other-diploma"))
                .isNull();

        Account technologyOnly = compartment(new CompartmentConditions(Set.of(), false, null, Set.of("techniek")));
        assertThat(spend(book(technologyOnly), technologyOnly, otherProvider, "other-course"))
                .isEqualTo(LedgerRule.SECTOR_EXCLUDED);
        assertThat(spend(book(technologyOnly), technologyOnly, otherProvider, "other-diploma"))
                .isNull();
    }

    @Test
    void onlyASpendPaysAProviderFromACompartment() {
        Account budget = compartment(CompartmentConditions.NONE);
        CommandResult result = book(budget)
                .execute(LedgerCommand.of(
                        CommandId.random(),
                        new TransferOrder.Move(
                                budget.id(),
                                otherProvider.id(),
                                1_000,
                                TransferCode.ADJUSTMENT,
                                null,
                                "other-course")));

        assertThat(((CommandResult.Rejected) result).rule()).isEqualTo(LedgerRule.PURPOSE_MISSING);
    }

    @Test
    void reversingARefundIsNoWayToPayAProvider() {
        Account budget = compartment(CompartmentConditions.NONE);
        Transfer refund = new Transfer(
                TransferId.derived("refund"),
                CommandId.derived("refund"),
                TransferKind.POSTED,
                otherProvider.id(),
                budget.id(),
                10_000,
                budget.unit(),
                TransferCode.REVERSAL,
                null,
                TransferId.derived("paid"),
                null,
                null,
                NOW);
        Book book = new Book(
                List.of(budget, otherProvider.with(new Balances(10_000, 10_000, 0, 0))),
                List.of(),
                List.of(new ReversibleState(refund, false)),
                Map.of(otherCourse.offeringId(), otherCourse),
                NOW,
                TODAY);

        CommandResult again =
                book.execute(LedgerCommand.of(CommandId.random(), new TransferOrder.Reverse(refund.id(), "pay again")));

        assertThat(((CommandResult.Rejected) again).rule()).isEqualTo(LedgerRule.PURPOSE_MISSING);
    }

    @Test
    void everyRuleHasADutchReason() {
        for (LedgerRule rule : LedgerRule.values()) {
            assertThat(rule.reason()).as(rule.id()).isNotBlank().doesNotContain("compartment");
        }
    }
}
