package nl.leerbudget.audit;

import java.util.List;
import java.util.Objects;
import nl.leerbudget.ledger.LedgerInvariants;
import nl.leerbudget.shared.IntegrityCheck;
import org.jspecify.annotations.Nullable;

/**
 * What {@code verify} found.
 *
 * @param recordsChecked the audit records examined; the walk stops at the first break
 * @param firstBreak where the chain first breaks, or null when it is intact
 * @param ledgerViolations the ledger's broken invariants, empty when it is sound
 * @param checks the checks that span modules (a learning account belongs to a known person, a grant is in its
 *     compartment), each with what it found
 */
public record AuditVerification(
        long recordsChecked,
        @Nullable ChainBreak firstBreak,
        List<LedgerInvariants.Violation> ledgerViolations,
        List<Check> checks) {

    public AuditVerification {
        if (recordsChecked < 0) {
            throw new IllegalArgumentException("recordsChecked must not be negative");
        }
        ledgerViolations = List.copyOf(ledgerViolations);
        checks = List.copyOf(checks);
    }

    /** True when the chain is intact, the ledger keeps its invariants and no check found anything. */
    public boolean ok() {
        return firstBreak == null
                && ledgerViolations.isEmpty()
                && checks.stream().allMatch(check -> check.findings().isEmpty());
    }

    /** One cross-module check and what it found (at most {@link LedgerInvariants#LIMIT} findings). */
    public record Check(String description, List<IntegrityCheck.Finding> findings) {

        public Check {
            Objects.requireNonNull(description, "description");
            findings = List.copyOf(findings);
        }
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
