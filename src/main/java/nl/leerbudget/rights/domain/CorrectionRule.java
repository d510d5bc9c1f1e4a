package nl.leerbudget.rights.domain;

import static nl.leerbudget.rights.domain.Wording.line;
import static nl.leerbudget.rights.domain.Wording.money;

import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.rights.Adjustment;
import nl.leerbudget.rights.Trace;
import nl.leerbudget.rights.TraceLine;
import nl.leerbudget.shared.Money;

/**
 * The adjustment after a right is recomputed (a corrected history, a new policy version). An increase is credited in
 * full. A decrease takes back at most what is still unspent: money already spent in good faith is never clawed back
 * (the ledger never rewrites history, and a citizen does not repay training they followed on a right they were
 * given). What is not taken back is reported as such.
 */
public final class CorrectionRule {

    private CorrectionRule() {}

    /**
     * @param credited the total credited for this right so far (after earlier adjustments)
     * @param spent what was paid or is held from it; at most {@code credited}
     * @param recomputed the newly computed right
     */
    public static Adjustment adjust(Money credited, Money spent, Money recomputed) {
        if (credited.isNegative() || spent.isNegative() || recomputed.isNegative()) {
            throw new IllegalArgumentException("credited, spent and recomputed amounts are not negative");
        }
        if (spent.compareTo(credited) > 0) {
            throw new IllegalArgumentException("more spent (" + spent + ") than credited (" + credited + ")");
        }
        List<TraceLine> lines = new ArrayList<>();
        lines.add(line("correction.credited", "Eerder op uw leerrekening gezet: " + money(credited) + "."));
        lines.add(line("correction.recomputed", "Nieuw berekend leerrecht: " + money(recomputed) + "."));
        int direction = recomputed.compareTo(credited);
        if (direction == 0) {
            lines.add(line("correction.unchanged", "Het bedrag blijft gelijk. Er verandert niets."));
            return new Adjustment.Unchanged(Money.ZERO, new Trace(lines));
        }
        if (direction > 0) {
            Money more = recomputed.minus(credited);
            lines.add(line(
                    "correction.increase",
                    "Het nieuwe bedrag is " + money(more) + " hoger. We zetten " + money(more)
                            + " extra op uw leerrekening."));
            return new Adjustment.Increase(more, new Trace(lines));
        }
        Money less = credited.minus(recomputed);
        Money unspent = credited.minus(spent);
        Money reclaimed = less.min(unspent);
        Money notReclaimed = less.minus(reclaimed);
        lines.add(line("correction.decrease", "Het nieuwe bedrag is " + money(less) + " lager."));
        if (spent.isPositive()) {
            lines.add(line(
                    "correction.spent",
                    "U heeft al " + money(spent) + " uitgegeven. Dat hoeft u niet terug te betalen."));
        }
        if (reclaimed.isZero()) {
            lines.add(line(
                    "correction.nothing-unspent",
                    "U heeft alles al uitgegeven. We halen niets van uw leerrekening af."));
            return new Adjustment.Unchanged(notReclaimed, new Trace(lines));
        }
        lines.add(line(
                "correction.reclaimed",
                "Er staat nog " + money(unspent) + " die u niet heeft uitgegeven. We halen " + money(reclaimed)
                        + " van uw leerrekening af."));
        if (notReclaimed.isPositive()) {
            lines.add(line(
                    "correction.not-reclaimed",
                    "De rest van de verlaging, " + money(notReclaimed)
                            + ", halen we niet terug: dat geld heeft u al uitgegeven."));
        }
        return new Adjustment.Decrease(reclaimed, notReclaimed, new Trace(lines));
    }
}
