package nl.leerbudget.schemes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator sets when opening an application window.
 *
 * @param code short and unique, printed before every receipt number, such as {@code STAP-2027-1}
 * @param funderAccount the ledger's funder account the budget comes from
 * @param seed for a lottery: the seed published at opening; null for first come, first served
 */
public record OpenWindow(
        String schemeId,
        String code,
        String name,
        Instant opensAt,
        Instant closesAt,
        Money budget,
        List<TargetGroup> targetGroups,
        AllocationMethod allocation,
        @Nullable Long seed,
        UUID funderAccount) {

    public OpenWindow {
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(budget, "budget");
        targetGroups = List.copyOf(targetGroups);
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(funderAccount, "funderAccount");
    }

    /**
     * A sub-budget reserved for a target group: the group of that code that the scheme defines ({@code
     * group.<code>}), or, with {@code upToLevel}, people whose highest education is at most that level, such as the
     * STAP compartment for at most mbo-4 (F9).
     */
    public record TargetGroup(String group, @Nullable EducationLevel upToLevel, Money reserved) {
        public TargetGroup {
            new SubBudget(group, reserved);
        }

        /** The group of the scheme with this code. */
        public TargetGroup(String group, Money reserved) {
            this(group, null, reserved);
        }

        public SubBudget subBudget() {
            return new SubBudget(group, reserved);
        }
    }
}
