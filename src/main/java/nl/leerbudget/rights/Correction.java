package nl.leerbudget.rights;

import nl.leerbudget.rights.domain.CorrectionRule;
import nl.leerbudget.shared.Money;

/**
 * Adjusts a credited learning right after it was computed again, for instance from a corrected education history. A
 * pure function: the caller (the register's batch) reads what was credited and spent from the ledger and books the
 * adjustment.
 */
public final class Correction {

    private Correction() {}

    /**
     * @param credited the total credited for this right so far (after earlier adjustments)
     * @param spent what was paid or is held from the right's compartment; at most {@code credited}
     * @param recomputed the amount of the newly computed right
     * @throws IllegalArgumentException when an amount is negative or more was spent than credited
     */
    public static Adjustment adjust(Money credited, Money spent, Money recomputed) {
        return CorrectionRule.adjust(credited, spent, recomputed);
    }

    /** As {@link #adjust(Money, Money, Money)}; a person who is no longer entitled has a recomputed right of zero. */
    public static Adjustment adjust(Money credited, Money spent, Assessment recomputed) {
        Money amount = switch (recomputed) {
            case Assessment.Entitled entitled -> entitled.right().amount();
            case Assessment.NotEntitled notEntitled -> Money.ZERO;
        };
        return adjust(credited, spent, amount);
    }
}
