package nl.leerbudget.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.funding.PeriodicDeposit;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.shared.PersonId;

/** Periodic deposits, and for each period the people it has credited. */
public interface PeriodicStore {

    /** Adds the plan unless one was made with the same request id; returns the one stored under that request. */
    PeriodicDeposit insert(UUID requestId, PeriodicDeposit plan, String createdBy, Instant now);

    Optional<PeriodicDeposit> byRequest(UUID requestId);

    List<PeriodicDeposit> ofFunder(AccountId funder);

    List<PeriodicDeposit> all();

    /** The periods of the plan that have been run to their end. */
    Set<LocalDate> finished(UUID plan);

    /**
     * The next people, in person-id order, that the period should credit and has not: those with a relation of the
     * plan's kind with its funder on the period's day.
     */
    List<PersonId> nextToCredit(PeriodicDeposit plan, LocalDate period, int limit);

    /** Records that the period credits these people in this ledger command; a person credited before is a conflict. */
    void markCredited(UUID plan, LocalDate period, List<PersonId> people, CommandId command);

    /** Records the period as run to its end, with how many people it credited. */
    void finish(PeriodicDeposit plan, LocalDate period, Instant now);

    /** How many people the period has credited so far. */
    long credited(UUID plan, LocalDate period);
}
