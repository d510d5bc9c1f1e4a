package nl.leerbudget.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.Money;

/**
 * The policy of financing plans: the order in which compartments pay, and a minimum the person pays themselves.
 * Policy data, read from a file in {@code overview/} by {@code overview.domain.PlanPolicyReader}.
 *
 * @param order sort keys, the first decides first; ties end in the compartment id, so a plan is always the same
 * @param minimumOwnPayment what the person pays of the eligible cost themselves, whatever compartments they have
 * @param exemptions who pays no minimum
 */
public record PlanPolicy(
        String id,
        int version,
        String description,
        LocalDate effectiveFrom,
        List<SortKey> order,
        Money minimumOwnPayment,
        Set<Circumstance> exemptions) {

    public PlanPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        order = List.copyOf(order);
        exemptions = Set.copyOf(exemptions);
        if (minimumOwnPayment.isNegative()) {
            throw new IllegalArgumentException("a minimum own payment is never negative");
        }
        if (Set.copyOf(order).size() != order.size()) {
            throw new IllegalArgumentException("each sort key at most once");
        }
    }

    /** One way of ordering compartments, with the name it has in the policy file. */
    public enum SortKey {
        /** Compartments earmarked for this very offering (a granted voucher) first. */
        EARMARKED_FIRST("earmarked-first"),
        /** What expires first, first; a compartment without an end last. */
        EXPIRES_FIRST("expires-first"),
        /** Private money (employer, sector fund, the person's own) before public money. */
        PRIVATE_BEFORE_PUBLIC("private-before-public"),
        /** The learning right after every other compartment. */
        LEARNING_RIGHT_LAST("learning-right-last");

        private final String code;

        SortKey(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A circumstance of the person that a policy may exempt from the minimum own payment. */
    public enum Circumstance {
        /** Registered as a job seeker (UWV, or the municipality for social assistance). */
        JOB_SEEKER("job-seeker");

        private final String code;

        Circumstance(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
