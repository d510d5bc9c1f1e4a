package nl.leerbudget.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.funding.Relation;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.PersonId;

/** The relations between funders and the people they fund. */
public interface RelationStore {

    /**
     * Adds each relation, or sets the end of the one already known with the same funder, person, kind and start.
     *
     * @return how many were added (the rest were updated)
     */
    int upsert(List<Relation> relations, Instant now);

    List<Relation> ofFunder(AccountId funder, int offset, int limit);

    long countOfFunder(AccountId funder);

    List<Relation> ofPerson(PersonId person);

    /** Whether the funder has a relation of any kind with the person on the day. */
    boolean funds(AccountId funder, PersonId person, LocalDate day);
}
