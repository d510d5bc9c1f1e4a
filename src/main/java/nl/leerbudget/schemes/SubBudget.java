package nl.leerbudget.schemes;

import java.util.regex.Pattern;
import nl.leerbudget.shared.Money;

/**
 * Part of a window's budget reserved for a target group, such as the STAP compartment for people with at most an
 * mbo-4 diploma (F9). Until the window closes only applications of the group draw on it; they may also draw on the
 * rest of the budget. See {@link Allocation} for the exact rules.
 *
 * @param group the code of the target group; an {@link Application} names the groups it belongs to
 */
public record SubBudget(String group, Money reserved) {

    private static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public SubBudget {
        if (!GROUP.matcher(group).matches() || group.equals(Allocation.GENERAL)) {
            throw new IllegalArgumentException(
                    "a group code is lower-case letters, digits and '-', and not '" + Allocation.GENERAL + "'");
        }
        if (!reserved.isPositive()) {
            throw new IllegalArgumentException("a reservation is positive");
        }
    }
}
