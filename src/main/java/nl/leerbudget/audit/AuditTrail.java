package nl.leerbudget.audit;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import nl.leerbudget.audit.domain.AuditRecord;
import nl.leerbudget.audit.domain.AuditRecords;
import nl.leerbudget.audit.domain.ChainHead;
import nl.leerbudget.audit.domain.ChainWalk;
import nl.leerbudget.ledger.LedgerInvariants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's API: append records to the hash chain, and verify the chain and the ledger.
 *
 * <p>Each append is a short transaction of its own, even inside a caller's: a request that fails still leaves its
 * record, and the trail never rolls back with the caller. Appends lock the chain head, so they form one line; that
 * lock is the trail's throughput limit (see docs/architecture.md, "Audit trail").
 */
@Service
public class AuditTrail {

    /** Records per read while verifying: the chain is never loaded at once. */
    static final int PAGE = 1000;

    private final AuditRecords records;
    private final LedgerInvariants ledger;
    private final TransactionTemplate appending;
    private final TransactionTemplate reading;

    AuditTrail(AuditRecords records, LedgerInvariants ledger, PlatformTransactionManager transactions) {
        this.records = records;
        this.ledger = ledger;
        this.appending = new TransactionTemplate(transactions);
        this.appending.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
    }

    public void append(AuditEntry entry) {
        appending.executeWithoutResult(status -> records.append(AuditRecord.after(records.lockHead(), entry)));
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
        return new AuditVerification(walk.checked(), walk.firstBreak(), ledger.check());
    }

    private <T> T read(Supplier<T> query) {
        return Objects.requireNonNull(reading.execute(status -> query.get()));
    }
}
