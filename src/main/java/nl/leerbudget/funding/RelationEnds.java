package nl.leerbudget.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.leerbudget.funding.domain.RelationEndStore;
import nl.leerbudget.funding.domain.RelationStore;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a relation (employment, membership, client) between a funder and a person: what is left of the money the
 * funder put on the person's learning account goes where the funder chose per deposit ({@link RelationEndRule}).
 *
 * <p>Exactly once per relation end, however the run is stopped: each end is handled in one transaction that records
 * it in {@code funding_relation_end} (primary key relation and end date) and makes the ledger transfers; a run killed
 * halfway leaves each end handled whole or not at all, and the next run takes up the ends not recorded. A second run
 * at the same time finds the end recorded and moves nothing.
 *
 * <p>What moves is each compartment's available balance: neither spent nor held. Money held for a booking stays in the
 * compartment until the provider is paid or the hold is released; what a release gives back stays with the person
 * until the compartment's own end, when its expiry rule applies (F22). When the person has another relation with the
 * same funder on the day of the run (a new contract, say), nothing moves (F21). Compartments the funder filled before
 * this choice existed, or under {@link RelationEndRule#PERSON_KEEPS}, stay with the person (F20).
 */
@Service
public class RelationEnds {

    private static final Logger log = LoggerFactory.getLogger(RelationEnds.class);
    private static final int CHUNK = 500;

    private final RelationEndStore ends;
    private final RelationStore relations;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RelationEnds(
            RelationEndStore ends,
            RelationStore relations,
            Ledger ledger,
            Actors actors,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.ends = ends;
        this.relations = relations;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * What one relation end did, in cents: returned to the funder (F18), to the state (F19), kept by the person (F20),
     * still held for a booking (F22); or nothing because the person is still funded (F21).
     */
    public record Handled(
            Relation relation, boolean stillFunded, Money returned, Money toState, Money kept, Money held) {

        public Handled {
            Objects.requireNonNull(relation, "relation");
        }
    }

    /**
     * Handles every relation whose last day is before {@code today} and whose end has not been handled yet. For the
     * system only.
     */
    public List<Handled> runDue(LocalDate today) {
        if (!actors.current().isSystem()) {
            throw new NotPermitted("only the system handles the end of relations");
        }
        List<Handled> handled = new ArrayList<>();
        while (true) {
            List<Relation> due = ends.endedAndNotHandled(today, CHUNK);
            int before = handled.size();
            for (Relation relation : due) {
                try {
                    Handled one = transactions.execute(status -> handle(relation, today));
                    if (one != null) {
                        handled.add(one);
                    }
                } catch (RuntimeException failed) {
                    // Nothing of this end was kept; the next run tries it again.
                    log.warn("End of relation {} not handled: {}", relation.id(), failed.getMessage());
                }
            }
            if (due.size() < CHUNK || handled.size() == before) {
                break;
            }
        }
        if (!handled.isEmpty()) {
            log.info("Relation ends handled for {}: {}", today, handled.size());
        }
        return handled;
    }

    private @Nullable Handled handle(Relation relation, LocalDate today) {
        LocalDate end = Objects.requireNonNull(relation.end());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (relations.funds(relation.funder(), relation.person(), today)) {
            boolean first = ends.markHandled(new RelationEndStore.Handled(relation, end, true, 0, 0, 0, 0, now));
            return first ? new Handled(relation, true, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO) : null;
        }
        Map<AccountId, RelationEndRule> rules = ends.rulesOf(relation.funder(), relation.person());
        List<LedgerCommand> moves = new ArrayList<>();
        long returned = 0;
        long toState = 0;
        long kept = 0;
        long held = 0;
        for (AccountView compartment : ledger.compartmentsOf(relation.person())) {
            var terms = compartment.compartment();
            if (terms == null || !terms.funder().equals(relation.funder()) || compartment.expiredAt() != null) {
                continue;
            }
            held = Math.addExact(held, compartment.held());
            long available = compartment.available();
            RelationEndRule rule = rules.getOrDefault(compartment.id(), RelationEndRule.PERSON_KEEPS);
            if (available <= 0) {
                continue;
            }
            switch (rule) {
                case PERSON_KEEPS -> kept = Math.addExact(kept, available);
                case RETURN_TO_FUNDER -> {
                    returned = Math.addExact(returned, available);
                    moves.add(move(
                            relation,
                            compartment.id(),
                            relation.funder(),
                            available,
                            TransferCode.EXPIRY_RETURN,
                            FundingRule.RELATION_END_RETURNED));
                }
                case TO_STATE -> {
                    toState = Math.addExact(toState, available);
                    moves.add(move(
                            relation,
                            compartment.id(),
                            SystemAccounts.lapsed(Unit.EUR),
                            available,
                            TransferCode.EXPIRY_LAPSE,
                            FundingRule.RELATION_END_TO_STATE));
                }
            }
        }
        if (!ends.markHandled(new RelationEndStore.Handled(relation, end, false, returned, toState, kept, held, now))) {
            return null; // another run handled this end first
        }
        if (!moves.isEmpty()) {
            for (CommandResult result : ledger.executeAll(moves)) {
                if (!(result instanceof CommandResult.Executed)) {
                    // Rolls back the record too: the next run tries this end again.
                    throw new IllegalStateException("relation end " + relation.id() + " not booked: " + result);
                }
            }
        }
        return new Handled(
                relation, false, Money.cents(returned), Money.cents(toState), Money.cents(kept), Money.cents(held));
    }

    private static LedgerCommand move(
            Relation relation, AccountId compartment, AccountId to, long cents, TransferCode code, FundingRule rule) {
        return LedgerCommand.of(
                CommandId.derived("funding/relation-end/" + relation.id() + "/" + relation.end() + "/" + compartment),
                new TransferOrder.Move(
                        compartment,
                        to,
                        cents,
                        code,
                        "Einde " + relation.kind().dutch() + " op " + relation.end() + " (" + rule.id() + ")"));
    }
}
