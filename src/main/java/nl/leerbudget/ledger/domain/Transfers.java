package nl.leerbudget.ledger.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Movement;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;

/** The append-only list of transfers. */
public interface Transfers {

    Optional<Transfer> find(TransferId id);

    List<HoldState> holds(Collection<TransferId> ids);

    List<ReversibleState> reversibles(Collection<TransferId> ids);

    List<Transfer> ofCommand(CommandId command);

    /** Transfers touching the account booked in [from, to), oldest first, at most {@code limit}. */
    List<Transfer> ofAccount(AccountId account, Instant from, Instant to, int limit);

    /**
     * Transfers that moved money (posted or settled) into or out of the compartments of a learning account, newest
     * first, each as one compartment sees it; a transfer between two of its compartments counts once for each.
     */
    List<Movement> movementsOf(LearningAccountId learningAccount, int offset, int limit);

    /** How many movements {@link #movementsOf} has in all. */
    long countMovementsOf(LearningAccountId learningAccount);

    /** Per compartment of a learning account, the posted amounts that left it with the given code. */
    Map<AccountId, Long> outOfCompartments(LearningAccountId learningAccount, TransferCode code);

    /** Posted balance (credits minus debits) of the account from transfers booked before {@code instant}. */
    long postedBalanceBefore(AccountId account, Instant instant);

    /** Holds whose timeout has passed and that were neither settled nor released, oldest first. */
    List<TransferId> timedOutHolds(Instant now, int limit);

    /** For the compartments a funder filled: posted amounts that left them, per transfer code. */
    Map<TransferCode, Long> outflowsOfCompartmentsFundedBy(AccountId funder);

    /** What the funder deposited, and what left the compartments it funds, summed per year, flow, provider and type. */
    List<nl.leerbudget.ledger.FunderFlows.Row> flowsOf(AccountId funder);

    /** Posted amounts the funder moved, per transfer code, as debit. */
    Map<TransferCode, Long> debitsOf(AccountId account);

    void insert(List<Transfer> transfers);

    /** Records what holds and payments out of compartments were for, by transfer id. */
    void insertPurposes(Map<TransferId, Purpose> purposes);
}
