package nl.leerbudget.ledger;

import java.util.List;
import java.util.Objects;
import nl.leerbudget.ledger.domain.Invariants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the stored ledger against the invariants it lives by, for audits: every unit sums to zero, no account is
 * below zero unless it may be (so no hold exceeds its balance), every account's running totals equal the sums of its
 * transfers, and every hold and payment out of a compartment went to the provider of an offering the compartment's
 * conditions allowed, as the offering was recorded when the money moved. The schema holds the first two as well; this finds what slipped past it, such as a row changed by
 * hand. Read-only.
 */
@Service
public class LedgerInvariants {

    /** Offenders reported per rule; enough to start an investigation without flooding a report. */
    public static final int LIMIT = 100;

    private final Invariants invariants;
    private final TransactionTemplate reading;

    LedgerInvariants(Invariants invariants, PlatformTransactionManager transactions) {
        this.invariants = invariants;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
    }

    /** The violations found, at most {@link #LIMIT} per rule, in account id order; empty when the ledger is sound. */
    public List<Violation> check() {
        return Objects.requireNonNull(reading.execute(status -> invariants.violations(LIMIT)));
    }

    /**
     * One broken invariant.
     *
     * @param rule {@code UNIT_UNBALANCED}, {@code OVERDRAWN}, {@code TOTALS_DIFFER_FROM_TRANSFERS} or
     *     {@code PAYMENT_OUTSIDE_CONDITIONS}
     * @param detail the numbers, for people
     * @param account the offending account, or null when the rule concerns a whole unit
     */
    public record Violation(
            String rule, String detail, @Nullable AccountId account) {

        public static final String UNIT_UNBALANCED = "UNIT_UNBALANCED";
        public static final String OVERDRAWN = "OVERDRAWN";
        public static final String TOTALS_DIFFER_FROM_TRANSFERS = "TOTALS_DIFFER_FROM_TRANSFERS";
        /** A hold or payment out of a compartment that its conditions did not allow, or that names no offering. */
        public static final String PAYMENT_OUTSIDE_CONDITIONS = "PAYMENT_OUTSIDE_CONDITIONS";

        public Violation {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
