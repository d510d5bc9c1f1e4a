package nl.leerbudget.schemes;

import java.util.Map;
import java.util.Objects;
import nl.leerbudget.shared.Money;

/** What allocation decided for one application. */
public sealed interface Decision permits Decision.Granted, Decision.Waitlisted, Decision.Rejected {

    /**
     * The application gets its amount.
     *
     * @param drawnFrom how much came from each sub-budget (by group) and from the rest of the budget
     *     ({@link Allocation#GENERAL}); adds up to {@code amount}
     */
    record Granted(Money amount, Map<String, Money> drawnFrom) implements Decision {
        public Granted {
            drawnFrom = Map.copyOf(Objects.requireNonNull(drawnFrom, "drawnFrom"));
            Money sum = drawnFrom.values().stream().reduce(Money.ZERO, Money::plus);
            if (!amount.isPositive() || !sum.equals(amount)) {
                throw new IllegalArgumentException("a grant is positive and its parts add up to it");
            }
        }
    }

    /** There was not enough money; the application waits at {@code position} (from 1). */
    record Waitlisted(int position) implements Decision {
        public Waitlisted {
            if (position < 1) {
                throw new IllegalArgumentException("waiting list positions count from 1");
            }
        }
    }

    /** The application is not taken into account, for the reason given. */
    record Rejected(Reason reason) implements Decision {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
