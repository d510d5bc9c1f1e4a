package nl.leerbudget.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import nl.leerbudget.audit.domain.AuditRecord;
import nl.leerbudget.audit.domain.AuditRecords;
import nl.leerbudget.audit.domain.ChainHead;
import nl.leerbudget.audit.domain.ChainWalk;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerInvariants;
import nl.leerbudget.shared.IntegrityCheck;
import nl.leerbudget.shared.Page;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's API: append records to the hash chain, and verify the chain and the ledger.
 *
 * <p>Appends are committed in transactions of their own, never the caller's: a request that fails still leaves its
 * record, and the trail never rolls back with the caller. Appends lock the chain head, so they form one line; that
 * lock is the trail's throughput limit (see docs/architecture.md, "Audit trail"). To share it, appends that arrive
 * together are chained and committed as one group (group commit): each caller still returns only once its record is
 * committed, but the lock and the commit are paid once per group instead of once per record.
 */
@Service
public class AuditTrail implements DisposableBean {

    /** Records per group: one transaction holds the chain head for at most this many inserts. */
    static final int GROUP = 256;

    /** How long an append waits for its group to commit before it fails. */
    static final Duration COMMIT_WITHIN = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    /** Records per read while verifying: the chain is never loaded at once. */
    static final int PAGE = 1000;

    private final AuditRecords records;
    private final LedgerInvariants ledger;
    private final List<IntegrityCheck> checks;
    private final TransactionTemplate appending;
    private final TransactionTemplate reading;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread appender;
    private volatile boolean closed;

    private record Pending(AuditEntry entry, CompletableFuture<Void> committed) {}

    AuditTrail(
            AuditRecords records,
            LedgerInvariants ledger,
            List<IntegrityCheck> checks,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.checks = List.copyOf(checks);
        this.ledger = ledger;
        this.appending = new TransactionTemplate(transactions);
        this.appending.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        this.appender = Thread.ofPlatform().name("audit-appender").daemon().start(this::run);
    }

    /** Appends the entry; returns once it is committed, in a group with the entries that arrived with it. */
    public void append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (closed) {
            appendAlone(entry);
            return;
        }
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new Pending(entry, committed));
        try {
            committed.get(COMMIT_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending to the audit trail", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new IllegalStateException("the audit trail could not append", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit trail did not commit within " + COMMIT_WITHIN, e);
        }
    }

    private void appendAlone(AuditEntry entry) {
        appending.executeWithoutResult(status -> records.append(AuditRecord.after(records.lockHead(), entry)));
    }

    private void run() {
        List<Pending> group = new ArrayList<>(GROUP);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, GROUP - 1);
                appending.executeWithoutResult(status -> {
                    ChainHead head = records.lockHead();
                    for (Pending pending : group) {
                        AuditRecord record = AuditRecord.after(head, pending.entry());
                        records.append(record);
                        head = new ChainHead(record.seq(), record.hash());
                    }
                });
                group.forEach(p -> p.committed().complete(null));
            } catch (InterruptedException e) {
                if (!closed) {
                    log.warn("The audit appender was interrupted");
                }
                Thread.currentThread().interrupt();
                group.forEach(p -> p.committed().completeExceptionally(e));
                return;
            } catch (RuntimeException | Error e) {
                // Nothing of the group was committed: every caller hears of it, none is left waiting.
                group.forEach(p -> p.committed().completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
    }

    @Override
    public void destroy() {
        closed = true;
        try {
            appender.join(COMMIT_WITHIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.committed().completeExceptionally(new IllegalStateException("the audit trail stopped"));
        }
    }

    /**
     * Walks the whole chain in seq order, a page at a time, up to the head as it was when the walk began (records
     * appended meanwhile wait for the next run), and reports the first break; then checks the ledger's invariants.
     */
    public AuditVerification verify() {
        ChainHead head = read(records::head);
        ChainWalk walk = new ChainWalk();
        boolean intact = true;
        while (intact && walk.lastSeq() < head.seq()) {
            long after = walk.lastSeq();
            List<AuditRecord> page = read(() -> records.page(after, head.seq(), PAGE));
            if (page.isEmpty()) {
                break;
            }
            for (AuditRecord record : page) {
                intact = walk.check(record);
                if (!intact) {
                    break;
                }
            }
        }
        walk.end(head);
        List<AuditVerification.Check> results = checks.stream()
                .map(check -> new AuditVerification.Check(
                        check.description(), read(() -> check.findings(LedgerInvariants.LIMIT))))
                .toList();
        return new AuditVerification(walk.checked(), walk.firstBreak(), ledger.check(), results);
    }

    /**
     * The records that match the search, newest first, one page of them and how many there are in all; read in one
     * transaction, so the page and the count agree. Days are Dutch calendar days.
     */
    public Page<AuditLine> search(AuditSearch search) {
        @Nullable
        Instant from = search.from() == null
                ? null
                : search.from().atStartOfDay(Ledger.ZONE).toInstant();
        @Nullable
        Instant before = search.until() == null
                ? null
                : search.until().plusDays(1).atStartOfDay(Ledger.ZONE).toInstant();
        Page<AuditLine> found = reading.execute(status -> {
            long total = records.count(search.actor(), search.action(), search.subject(), from, before);
            List<AuditLine> lines = records
                    .search(
                            search.actor(),
                            search.action(),
                            search.subject(),
                            from,
                            before,
                            Math.multiplyExact(search.page() - 1, search.pageSize()),
                            search.pageSize())
                    .stream()
                    .map(r -> new AuditLine(
                            r.seq(),
                            r.recordedAt(),
                            r.actor(),
                            r.onBehalfOf(),
                            r.action(),
                            r.subject(),
                            r.requestId(),
                            r.outcome()))
                    .toList();
            return new Page<>(lines, search.page(), search.pageSize(), total);
        });
        return Objects.requireNonNull(found);
    }

    private <T> T read(Supplier<T> query) {
        return Objects.requireNonNull(reading.execute(status -> query.get()));
    }
}
