package nl.leerbudget.rights;

import java.util.Objects;
import nl.leerbudget.shared.Money;

/**
 * What a recomputed right changes on the learning account: more money, less, or nothing. A decrease never takes back
 * money that was already spent; what it cannot take back is {@code notReclaimed}.
 */
public sealed interface Adjustment permits Adjustment.Increase, Adjustment.Decrease, Adjustment.Unchanged {

    Trace trace();

    /** Credit {@code amount} more to the right's compartment. */
    record Increase(Money amount, Trace trace) implements Adjustment {
        public Increase {
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("an increase is positive");
            }
            Objects.requireNonNull(trace, "trace");
        }
    }

    /**
     * Take {@code amount} back from the right's compartment; {@code notReclaimed} of the lower right is not taken back
     * because it was already spent.
     */
    record Decrease(Money amount, Money notReclaimed, Trace trace) implements Adjustment {
        public Decrease {
            if (!amount.isPositive() || notReclaimed.isNegative()) {
                throw new IllegalArgumentException("a decrease is positive and its unreclaimed part not negative");
            }
            Objects.requireNonNull(trace, "trace");
        }
    }

    /**
     * Nothing moves: the right stayed the same, or it went down by {@code notReclaimed} and all of that was already
     * spent.
     */
    record Unchanged(Money notReclaimed, Trace trace) implements Adjustment {
        public Unchanged {
            if (notReclaimed.isNegative()) {
                throw new IllegalArgumentException("the unreclaimed part is not negative");
            }
            Objects.requireNonNull(trace, "trace");
        }
    }
}
