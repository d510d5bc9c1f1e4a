package nl.leerbudget.audit;

import java.util.List;
import java.util.Objects;
import nl.leerbudget.ledger.LedgerInvariants;
import org.jspecify.annotations.Nullable;

/**
 * What {@code verify} found.
 *
 * @param recordsChecked the audit records examined; the walk stops at the first break
 * @param firstBreak where the chain first breaks, or null when it is intact
 * @param ledgerViolations the ledger's broken invariants, empty when it is sound
 */
public record AuditVerification(
        long recordsChecked, @Nullable ChainBreak firstBreak, List<LedgerInvariants.Violation> ledgerViolations) {

    public AuditVerification {
        if (recordsChecked < 0) {
            throw new IllegalArgumentException("recordsChecked must not be negative");
        }
        ledgerViolations = List.copyOf(ledgerViolations);
    }

    /** True when the chain is intact and the ledger keeps its invariants. */
    public boolean ok() {
        return firstBreak == null && ledgerViolations.isEmpty();
    }

    /** The first record at which the chain breaks, and how. */
    public record ChainBreak(long seq, Reason reason) {

        public ChainBreak {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public enum Reason {
        /** No record has this seq, though later ones exist or the chain head counts it: it was removed. */
        SEQ_GAP("the record is missing"),
        /** The record's previous_hash is not the hash of the record before it. */
        PREVIOUS_HASH_MISMATCH("it does not point at the hash of the record before it"),
        /** The record's hash is not the hash of its content: the record was changed. */
        HASH_MISMATCH("its hash does not match its content"),
        /** The last record is not the one the chain head remembers: the end of the chain was rewritten. */
        HEAD_MISMATCH("it is not the record the chain head remembers");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
