package nl.leerbudget.ledger.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.leerbudget.ledger.BulkCredit;
import nl.leerbudget.shared.PersonId;

/** The bulk path of the ledger: many new compartments at once, each with the transfer that fills it. */
public interface NewCompartments {

    /** Those of {@code people} who have a learning account. */
    Set<PersonId> withLearningAccount(Collection<PersonId> people);

    /**
     * Opens learning accounts for {@code withoutAccount}, then every line's compartment (already holding its amount)
     * and transfer, in the current transaction. The funder account's totals are the caller's to update.
     */
    void insert(BulkCredit credit, List<PersonId> withoutAccount, Instant now);
}
