package nl.leerbudget.funding;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.funding.domain.PeriodicStore;
import nl.leerbudget.funding.domain.RelationEndStore;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.BulkCredit;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periodic deposits: a funder's plan to deposit an amount every year on one day for everyone it has a relation of one
 * kind with on that day, and the run that does it.
 *
 * <p>Exactly once per person and period, however the run is stopped: a period is credited a chunk of people at a
 * time, each chunk one transaction that records the people in {@code funding_periodic_credit} (primary key plan,
 * period, person) and makes the ledger's bulk credit for them. A chunk commits whole or not at all, so a run killed
 * halfway leaves whole chunks; the next run picks the people not recorded yet and goes on. Two runs at once (two
 * instances) cannot credit a person twice either: the second one's insert of the same key fails, its chunk rolls
 * back, and it picks again.
 */
@Service
public class PeriodicDeposits {

    private static final Logger log = LoggerFactory.getLogger(PeriodicDeposits.class);
    private static final int ATTEMPTS = 5;

    private final PeriodicStore store;
    private final RelationEndStore ends;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate chunks;
    private final int chunkSize;
    private final Duration pause;

    PeriodicDeposits(
            PeriodicStore store,
            RelationEndStore ends,
            Ledger ledger,
            Actors actors,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${leerbudget.funding.periodic.chunk-size:1000}") int chunkSize,
            @Value("${leerbudget.funding.periodic.pause:0ms}") Duration pause) {
        this.store = store;
        this.ends = ends;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
        this.chunks = new TransactionTemplate(transactions);
        if (chunkSize < 1 || chunkSize > BulkCredit.MAX_LINES) {
            throw new IllegalArgumentException(
                    "leerbudget.funding.periodic.chunk-size must be 1 to " + BulkCredit.MAX_LINES);
        }
        this.chunkSize = chunkSize;
        this.pause = pause;
    }

    /** What one period's run did. */
    public record PeriodRun(UUID plan, LocalDate period, long credited, boolean finished) {}

    /**
     * Adds a periodic deposit for the funder the actor works for. {@code requestId} is the idempotency key: the same
     * request again returns the plan it made.
     */
    @Transactional
    public PeriodicDeposit create(
            UUID requestId,
            String label,
            Money amount,
            RelationKind kind,
            MonthDay day,
            int firstYear,
            @Nullable Integer validMonths,
            CompartmentConditions conditions,
            ExpiryRule expiryRule) {
        return create(
                requestId,
                label,
                amount,
                kind,
                day,
                firstYear,
                validMonths,
                conditions,
                expiryRule,
                RelationEndRule.PERSON_KEEPS);
    }

    /** As {@link #create}, with what happens to each deposit when the person's relation with the funder ends. */
    @Transactional
    public PeriodicDeposit create(
            UUID requestId,
            String label,
            Money amount,
            RelationKind kind,
            MonthDay day,
            int firstYear,
            @Nullable Integer validMonths,
            CompartmentConditions conditions,
            ExpiryRule expiryRule,
            RelationEndRule onRelationEnd) {
        AccountId funder = Staff.funderOf(actors);
        var earlier = store.byRequest(requestId);
        if (earlier.isPresent()) {
            if (!earlier.get().funder().equals(funder)) {
                throw new NotPermitted("the request id was used by another funder");
            }
            return earlier.get();
        }
        PeriodicDeposit plan = new PeriodicDeposit(
                UUID.randomUUID(),
                funder,
                label,
                amount,
                kind,
                day,
                firstYear,
                validMonths,
                conditions,
                expiryRule,
                onRelationEnd);
        return store.insert(requestId, plan, actors.current().userId(), clock.instant());
    }

    /** The periodic deposits of the funder the actor works for. */
    @Transactional(readOnly = true)
    public List<PeriodicDeposit> mine() {
        return store.ofFunder(Staff.funderOf(actors));
    }

    /**
     * Runs every period of every plan that is due on {@code today} and has not been run to its end. A period whose
     * funder cannot pay a chunk stops there (logged) and is taken up again by the next run. For the system only.
     */
    public List<PeriodRun> runDue(LocalDate today) {
        if (!actors.current().isSystem()) {
            throw new NotPermitted("only the system runs periodic deposits");
        }
        List<PeriodRun> runs = new ArrayList<>();
        for (PeriodicDeposit plan : store.all()) {
            Set<LocalDate> finished = store.finished(plan.id());
            for (LocalDate period : plan.periodsUpTo(today)) {
                if (!finished.contains(period)) {
                    runs.add(run(plan, period));
                }
            }
        }
        return runs;
    }

    private PeriodRun run(PeriodicDeposit plan, LocalDate period) {
        long credited = 0;
        while (true) {
            int done;
            try {
                done = chunk(plan, period);
            } catch (Stopped stopped) {
                log.warn(
                        "Periodic deposit {} for {} stopped after {} people: {}; the next run goes on from there",
                        plan.id(),
                        period,
                        credited,
                        stopped.getMessage());
                return new PeriodRun(plan.id(), period, credited, false);
            }
            if (done == 0) {
                break;
            }
            credited += done;
            sleep();
        }
        chunks.executeWithoutResult(status -> store.finish(plan, period, clock.instant()));
        log.info("Periodic deposit {} for {}: {} people credited in this run", plan.id(), period, credited);
        return new PeriodRun(plan.id(), period, credited, true);
    }

    /** Credits the next chunk of people in one transaction; 0 when there is nobody left. */
    private int chunk(PeriodicDeposit plan, LocalDate period) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer done = chunks.execute(status -> creditNext(plan, period));
                return done == null ? 0 : done;
            } catch (DuplicateKeyException race) {
                // Another run recorded one of these people first: its chunk stands, this one rolled back.
                if (attempt == ATTEMPTS) {
                    throw race;
                }
            }
        }
    }

    private int creditNext(PeriodicDeposit plan, LocalDate period) {
        List<PersonId> people = store.nextToCredit(plan, period, chunkSize);
        if (people.isEmpty()) {
            return 0;
        }
        String prefix = "funding/periodic/" + plan.id() + "/" + period + "/";
        CommandId command = CommandId.derived(prefix + "chunk/" + people.getFirst());
        store.markCredited(plan.id(), period, people, command);
        DepositTerms terms = plan.termsOn(period);
        List<BulkCredit.Line> lines = new ArrayList<>(people.size());
        for (PersonId person : people) {
            lines.add(new BulkCredit.Line(
                    person,
                    AccountId.derived(prefix + person),
                    TransferId.derived(prefix + person),
                    plan.amount().cents(),
                    terms.validFrom(),
                    terms.validUntil(),
                    null));
        }
        BulkCredit.Result result = ledger.creditInBulk(new BulkCredit(
                command,
                plan.funder(),
                TransferCode.DEPOSIT,
                plan.label(),
                plan.conditions(),
                plan.expiryRule(),
                lines));
        if (!(result instanceof BulkCredit.Result.Credited)) {
            throw new Stopped(result.toString());
        }
        ends.recordRules(lines.stream()
                .map(line -> new RelationEndStore.CompartmentRule(
                        line.compartment(), plan.funder(), line.person(), plan.onRelationEnd()))
                .toList());
        return people.size();
    }

    private void sleep() {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A chunk the ledger refused (the funder cannot pay): rolls it back and ends the period's run for now. */
    private static final class Stopped extends RuntimeException {
        Stopped(String message) {
            super(message, null, false, false);
        }
    }
}
