package nl.leerbudget.schemes;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which sub-budgets of a window an application may draw on: those whose target group includes the applicant (on the
 * day, with the offering applied for). The intake, the draw of a lottery and the promotion of a waiting list all ask
 * this, so that a reserved sub-budget is only ever spent on its own group; {@link Allocation} and {@link Allocator}
 * then keep each group to its own pots.
 */
public final class TargetGroups {

    private TargetGroups() {}

    /**
     * @param subBudgets the target group of every sub-budget, by group code, in the window's order
     * @return the codes of the sub-budgets the subject belongs to, in that order
     */
    public static Set<String> of(Map<String, TargetExpression> subBudgets, TargetExpression.Subject subject) {
        Objects.requireNonNull(subject, "subject");
        Set<String> groups = new LinkedHashSet<>();
        subBudgets.forEach((group, target) -> {
            if (target.includes(subject)) {
                groups.add(group);
            }
        });
        return groups;
    }
}
