package nl.leerbudget.ledger.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.LearningAccountId;

/** The ledger accounts. */
public interface Accounts {

    /** Locks the accounts that exist among {@code ids} for the rest of the transaction, in id order. */
    List<Account> lock(Collection<AccountId> ids);

    Optional<Account> find(AccountId id);

    /** Reads accounts without locking them. */
    List<Account> findAll(Collection<AccountId> ids);

    List<Account> compartmentsOf(LearningAccountId learningAccount);

    List<Account> ofKind(AccountKind kind, int offset, int limit);

    long countOfKind(AccountKind kind);

    /** Compartments whose validity ended before {@code day} and that still hold money or were never marked expired. */
    List<AccountId> expiredAfter(AccountId after, LocalDate day, int limit);

    /** How many compartments a funder filled, with their summed balance and holds. */
    CompartmentTotals compartmentsFundedBy(AccountId funder);

    record CompartmentTotals(long count, long balance, long held) {}

    void insert(List<Account> accounts);

    void update(List<Account> accounts);
}
