package nl.leerbudget.shared;

import java.util.List;
import java.util.Objects;

/**
 * A check of stored data that spans modules, run by {@code verify} beside the audit chain and the ledger's own
 * invariants: each module that owns such a rule implements one (a learning account belongs to a known person; a
 * granted application's compartment holds or has settled its grant). Read-only.
 */
public interface IntegrityCheck {

    /** What is checked, in a few words, for the report. */
    String description();

    /** What is wrong, at most {@code limit} findings; empty when all is well. */
    List<Finding> findings(int limit);

    /**
     * One thing found wrong.
     *
     * @param rule a stable name, e.g. {@code LEARNING_ACCOUNT_OWNER_UNKNOWN}
     * @param detail the ids and numbers, for people
     */
    record Finding(String rule, String detail) {

        public Finding {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
