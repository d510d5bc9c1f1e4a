package nl.leerbudget.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.shared.OfferingType;

/** Accounts for posting-engine tests. */
final class Books {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final LearningAccountId OWNER = LearningAccountId.derived("owner");

    /** The one offering the register of these tests knows: a short course in technology by the provider "roc". */
    static final String COURSE = "course";

    static final Purpose COURSE_PURPOSE = new Purpose(
            COURSE, AccountId.derived("roc"), OfferingType.SHORT_COURSE, false, java.util.Set.of("techniek"));

    private Books() {}

    static Account funder(String name, long balance) {
        return Account.open(
                        new OpenAccount(
                                AccountId.derived(name),
                                AccountKind.FUNDER,
                                Unit.EUR,
                                name,
                                false,
                                FunderType.EMPLOYER,
                                null),
                        NOW)
                .with(new Balances(0, balance, 0, 0));
    }

    static Account bank() {
        return Account.open(
                new OpenAccount(AccountId.derived("bank"), AccountKind.SETTLEMENT, Unit.EUR, "bank", true, null, null),
                NOW);
    }

    static Account provider(String name) {
        return Account.open(
                new OpenAccount(
                        AccountId.derived(name), AccountKind.PROVIDER_PAYABLE, Unit.EUR, name, false, null, null),
                NOW);
    }

    static Account compartment(String name, Account funder, long balance, LocalDate validUntil) {
        return Account.open(
                        OpenAccount.compartment(
                                AccountId.derived(name),
                                funder.unit(),
                                new CompartmentTerms(
                                        OWNER,
                                        funder.id(),
                                        name,
                                        CompartmentConditions.NONE,
                                        null,
                                        validUntil,
                                        ExpiryRule.RETURN_TO_FUNDER)),
                        NOW)
                .with(new Balances(0, balance, 0, 0));
    }

    static Book of(Account... accounts) {
        return new Book(List.of(accounts), List.of(), List.of(), Map.of(COURSE, COURSE_PURPOSE), NOW, TODAY);
    }
}
