package nl.leerbudget.schemes;

import java.util.List;
import java.util.Objects;
import nl.leerbudget.shared.Money;

/**
 * The result of offering freed money to the waiting list.
 *
 * @param promoted the applications now granted, in order of their former position
 * @param waitlist those still waiting, renumbered from 1 in the same order
 * @param unused freed money no one could take yet; offer it again with the next freed amount
 */
public record Promotion(List<Outcome> promoted, List<Waiting> waitlist, Money unused) {

    public Promotion {
        promoted = List.copyOf(Objects.requireNonNull(promoted, "promoted"));
        waitlist = List.copyOf(Objects.requireNonNull(waitlist, "waitlist"));
        if (unused.isNegative()) {
            throw new IllegalArgumentException("unused money is not negative");
        }
    }
}
