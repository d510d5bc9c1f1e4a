package nl.leerbudget.schemes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.leerbudget.shared.Money;

/**
 * The allocation of one window.
 *
 * @param outcomes one per application, in the order handled: receipt order, or the drawn order of a lottery followed
 *     by the applications rejected before the draw
 * @param remaining what is left of each sub-budget (by group) and of the rest of the budget ({@link
 *     Allocation#GENERAL})
 * @param waitlist in order of position
 */
public record Allotment(List<Outcome> outcomes, Map<String, Money> remaining, List<Waiting> waitlist) {

    public Allotment {
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
        remaining = Map.copyOf(Objects.requireNonNull(remaining, "remaining"));
        waitlist = List.copyOf(Objects.requireNonNull(waitlist, "waitlist"));
    }

    public List<Outcome> granted() {
        return outcomes.stream()
                .filter(o -> o.decision() instanceof Decision.Granted)
                .toList();
    }

    public Money grantedTotal() {
        return outcomes.stream()
                .map(o -> o.decision() instanceof Decision.Granted g ? g.amount() : Money.ZERO)
                .reduce(Money.ZERO, Money::plus);
    }
}
