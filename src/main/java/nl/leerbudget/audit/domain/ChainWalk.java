package nl.leerbudget.audit.domain;

import nl.leerbudget.audit.AuditVerification.ChainBreak;
import nl.leerbudget.audit.AuditVerification.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Walks the chain record by record in seq order and finds where it first breaks: a missing seq, a record that does not
 * point at the hash of the one before, or a record whose hash does not match its content. Holds only the last hash,
 * so a chain of any length is checked in constant memory.
 */
public final class ChainWalk {

    private long expectedSeq = 1;
    private String previousHash = ChainHead.GENESIS_HASH;
    private long checked;
    private @Nullable ChainBreak firstBreak;

    /** Checks the next record; returns whether the chain is still intact. */
    public boolean check(AuditRecord record) {
        if (firstBreak != null) {
            return false;
        }
        checked++;
        if (record.seq() != expectedSeq) {
            firstBreak = new ChainBreak(expectedSeq, Reason.SEQ_GAP);
        } else if (!record.previousHash().equals(previousHash)) {
            firstBreak = new ChainBreak(record.seq(), Reason.PREVIOUS_HASH_MISMATCH);
        } else if (!record.hash().equals(record.computedHash())) {
            firstBreak = new ChainBreak(record.seq(), Reason.HASH_MISMATCH);
        } else {
            expectedSeq++;
            previousHash = record.hash();
        }
        return firstBreak == null;
    }

    /**
     * Ends the walk at the head read before it began: records missing at the end are a gap, and a last record other
     * than the one the head remembers means the end of the chain was rewritten.
     */
    public void end(ChainHead head) {
        if (firstBreak != null) {
            return;
        }
        long last = expectedSeq - 1;
        if (last < head.seq()) {
            firstBreak = new ChainBreak(expectedSeq, Reason.SEQ_GAP);
        } else if (!previousHash.equals(head.hash())) {
            firstBreak = new ChainBreak(last, Reason.HEAD_MISMATCH);
        }
    }

    /** The seq of the last intact record, 0 before the first. */
    public long lastSeq() {
        return expectedSeq - 1;
    }

    public long checked() {
        return checked;
    }

    public @Nullable ChainBreak firstBreak() {
        return firstBreak;
    }
}
