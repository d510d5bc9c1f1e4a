package nl.leerbudget.rights.domain;

import static nl.leerbudget.rights.domain.Wording.line;
import static nl.leerbudget.rights.domain.Wording.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.leerbudget.rights.EducationHistory;
import nl.leerbudget.rights.EducationSector;
import nl.leerbudget.rights.ReferenceCosts;
import nl.leerbudget.rights.RightsPolicy.PriceYear;
import nl.leerbudget.rights.RightsPolicy.Regressive;
import nl.leerbudget.rights.TraceLine;
import nl.leerbudget.shared.Money;

/**
 * The regressive amount (seed 003, section 3.1): the lifetime entitlement minus the public cost of the funded
 * education received, never below zero, and never above the cap when the policy has one.
 */
public final class RegressiveRule {

    private RegressiveRule() {}

    public record Result(Money amount, List<TraceLine> lines) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    /** The amount with its explanation. */
    public static Result apply(Regressive policy, EducationHistory history, ReferenceCosts costs) {
        return compute(policy, history, costs, true);
    }

    /** The same amount as {@link #apply}, computed by the same code, without the explanation. */
    public static Money amount(Regressive policy, EducationHistory history, ReferenceCosts costs) {
        return compute(policy, history, costs, false).amount();
    }

    private static Result compute(Regressive policy, EducationHistory history, ReferenceCosts costs, boolean explain) {
        List<TraceLine> lines = explain ? new ArrayList<>() : List.of();
        Money entitlement = policy.lifetimeEntitlement();
        if (explain) {
            List<String> sectors = Arrays.stream(EducationSector.values())
                    .filter(policy.deducted()::contains)
                    .map(EducationSector::dutch)
                    .toList();
            lines.add(line(
                    "regressive.entitlement",
                    "Iedereen heeft in zijn leven recht op " + money(entitlement)
                            + " aan onderwijs dat de overheid betaalt. "
                            + (sectors.isEmpty()
                                    ? "Bij dit beleid gaat er niets af voor opleidingen die u al deed."
                                    : "Wat de overheid al betaalde voor uw opleidingen in " + Wording.list(sectors)
                                            + ", gaat daar af.")));
            if (policy.valuation() instanceof PriceYear priceYear) {
                lines.add(line(
                        "regressive.valuation", "Alle maanden tellen met de bedragen van " + priceYear.year() + "."));
            }
            if (history.periods().isEmpty()) {
                lines.add(line("history.empty", "Er staat geen opleiding in uw gegevens."));
            }
        }
        Money usedTotal;
        boolean estimated = false;
        if (explain) {
            EducationCost.Result used = EducationCost.of(history, policy.deducted(), policy.valuation(), costs);
            usedTotal = used.total();
            estimated = used.estimated();
            lines.addAll(used.lines());
            lines.add(line("regressive.used", "Totaal gebruikt: " + money(usedTotal) + "."));
            if (used.rounded()) {
                lines.add(line(
                        "cost.rounding",
                        "Bedragen zijn naar beneden afgerond op hele centen. Het totaal is eerst precies opgeteld en"
                                + " daarna afgerond."));
            }
        } else {
            usedTotal = EducationCost.total(history, policy.deducted(), policy.valuation(), costs);
        }

        Money amount;
        if (usedTotal.compareTo(entitlement) > 0) {
            amount = Money.ZERO;
            if (explain) {
                lines.add(line(
                        "regressive.floor",
                        "U heeft meer gebruikt dan " + money(entitlement) + ". Uw leerrecht is daarom " + money(amount)
                                + ". Het wordt nooit minder dan nul."));
            }
        } else {
            amount = entitlement.minus(usedTotal);
            if (explain) {
                lines.add(line(
                        "regressive.remaining",
                        "Over: " + money(entitlement) + " − " + money(usedTotal) + " = " + money(amount) + "."));
            }
        }
        Money cap = policy.cap();
        if (cap != null && amount.compareTo(cap) > 0) {
            amount = cap;
            if (explain) {
                lines.add(line(
                        "regressive.cap",
                        "Het leerrecht is nooit meer dan " + money(cap) + ". Uw leerrecht is daarom " + money(cap)
                                + "."));
            }
        }
        if (estimated) {
            lines.add(line(
                    "cost.assumption",
                    "Bedragen met (schatting) zijn aannames: er is nog geen officieel cijfer voor."));
        }
        return new Result(amount, lines);
    }
}
