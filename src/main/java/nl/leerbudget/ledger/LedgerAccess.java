package nl.leerbudget.ledger;

import static nl.leerbudget.identity.Role.ADVISER;
import static nl.leerbudget.identity.Role.ANALYST;
import static nl.leerbudget.identity.Role.CITIZEN;
import static nl.leerbudget.identity.Role.FUNDER;
import static nl.leerbudget.identity.Role.PROVIDER;
import static nl.leerbudget.identity.Role.SCHEME_ADMINISTRATOR;

import java.util.Optional;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Assurance;
import nl.leerbudget.ledger.domain.Account;
import nl.leerbudget.ledger.domain.Book;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and move what in the ledger. A citizen sees and spends their own compartments, an adviser those of the
 * citizen they act for under a mandate; funder and provider staff see their organisation's account (a funder the
 * aggregate use of its money, never the people's compartments); the executing agency and the system may do all.
 */
final class LedgerAccess {

    private LedgerAccess() {}

    static boolean isOperator(Actor actor) {
        return actor.isSystem() || actor.has(SCHEME_ADMINISTRATOR);
    }

    static boolean maySee(Actor actor, Account account) {
        if (isOperator(actor)) {
            return true;
        }
        return switch (account.kind()) {
            case COMPARTMENT -> owns(actor, account);
            case FUNDER, SCHEME_BUDGET -> actor.has(FUNDER) && isOrganisation(actor, account.id());
            case PROVIDER_PAYABLE -> actor.has(PROVIDER) && isOrganisation(actor, account.id());
            case SETTLEMENT -> false;
        };
    }

    static boolean maySeeLearningAccount(Actor actor, LearningAccountId id) {
        PersonId person = personOf(actor);
        return isOperator(actor)
                || (person != null && LearningAccountId.of(person).equals(id));
    }

    static boolean mayOpenLearningAccount(Actor actor, PersonId person) {
        return isOperator(actor) || actor.has(FUNDER) || person.equals(personOf(actor));
    }

    static boolean maySeeUsage(Actor actor, AccountId funder) {
        return isOperator(actor) || actor.has(ANALYST) || (actor.has(FUNDER) && isOrganisation(actor, funder));
    }

    /** Whether the actor may execute every step of the command, judged on the accounts the book holds. */
    static boolean mayExecute(Actor actor, LedgerCommand command, Book book) {
        if (isOperator(actor)) {
            return true;
        }
        for (OpenAccount open : command.opens()) {
            CompartmentTerms terms = open.compartment();
            if (terms == null || !(actor.has(FUNDER) && isOrganisation(actor, terms.funder()))) {
                return false;
            }
        }
        for (TransferOrder order : command.orders()) {
            boolean allowed = switch (order) {
                case TransferOrder.Move move ->
                    switch (move.code()) {
                        case DEPOSIT -> actor.has(FUNDER) && isOrganisation(actor, move.debit());
                        case SPEND -> spends(actor) && ownsAccount(actor, book, move.debit());
                        default -> false;
                    };
                case TransferOrder.Hold hold -> spends(actor) && ownsAccount(actor, book, hold.debit());
                case TransferOrder.Settle settle ->
                    book.hold(settle.hold())
                            .map(h -> actor.has(PROVIDER) && isOrganisation(actor, h.credit()))
                            .orElse(true); // an unknown hold is rejected by the book itself
                case TransferOrder.Release release ->
                    book.hold(release.hold())
                            .map(h -> (actor.has(PROVIDER) && isOrganisation(actor, h.credit()))
                                    || ownsAccount(actor, book, h.debit()))
                            .orElse(true);
                case TransferOrder.Reverse reverse -> false;
            };
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Spending a citizen's money needs a login of at least substantial assurance (DigiD Substantieel), whether the
     * citizen spends or an adviser for them (NL GOV assurance profile; the CPF takeovers came from weak logins).
     */
    private static boolean spends(Actor actor) {
        return actor.assurance().atLeast(Assurance.SUBSTANTIAL);
    }

    private static boolean ownsAccount(Actor actor, Book book, AccountId id) {
        Optional<Account> account = book.account(id);
        return account.isEmpty() || owns(actor, account.get()); // an unknown account is rejected by the book
    }

    private static boolean owns(Actor actor, Account account) {
        CompartmentTerms terms = account.compartment();
        PersonId person = personOf(actor);
        return terms != null && person != null && terms.learningAccount().equals(LearningAccountId.of(person));
    }

    /** The person whose compartments the actor may use: a citizen's own, or the mandated citizen of an adviser. */
    private static @Nullable PersonId personOf(Actor actor) {
        if (actor.has(ADVISER) && actor.actingFor() != null) {
            return actor.actingFor();
        }
        if (actor.has(CITIZEN) && actor.actingFor() == null) {
            return actor.person();
        }
        return null;
    }

    /** Whether the actor may settle the hold: the provider it pays, or an operator. */
    static boolean maySettle(Actor actor, Transfer hold) {
        return isOperator(actor) || (actor.has(PROVIDER) && isOrganisation(actor, hold.credit()));
    }

    /** Whether the actor may deposit from this funder account: its own organisation's money, or the agency. */
    static boolean mayDepositFrom(Actor actor, AccountId funder) {
        return isOperator(actor) || (actor.has(FUNDER) && isOrganisation(actor, funder));
    }

    /** Whether the actor may release the hold: the provider it would pay, the owner of the money, or the agency. */
    static boolean mayRelease(Actor actor, Transfer hold, @Nullable Account debit) {
        return maySettle(actor, hold) || (debit != null && owns(actor, debit));
    }

    private static boolean isOrganisation(Actor actor, AccountId account) {
        return account.value().equals(actor.organisation());
    }
}
