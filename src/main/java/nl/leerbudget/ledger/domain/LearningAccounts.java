package nl.leerbudget.ledger.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.shared.PersonId;

/** Learning accounts: one per person, the owner of that person's compartments. */
public interface LearningAccounts {

    record Entry(LearningAccountId id, PersonId person, Instant openedAt) {}

    Optional<Entry> find(LearningAccountId id);

    Optional<Entry> ofPerson(PersonId person);

    /** Opens an account for each person that has none; returns every person's account. */
    List<Entry> openAll(List<PersonId> people, Instant now);

    List<Entry> page(int offset, int limit);

    long count();

    /** The owners of learning accounts in person id order, after the given one (null: from the start). */
    List<PersonId> owners(@org.jspecify.annotations.Nullable PersonId after, int limit);
}
