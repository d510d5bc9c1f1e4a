package nl.leerbudget.schemes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An application window as it stands.
 *
 * @param received applications received so far (the last receipt number)
 * @param waiting the length of the waiting list
 * @param closedAt when an administrator closed it before its closing time, or null
 * @param settledAt when what closing settles was done: the lottery drawn, or the waiting list offered what was left
 */
public record SchemeWindow(
        UUID id,
        String code,
        String schemeId,
        int schemeVersion,
        String name,
        Instant opensAt,
        Instant closesAt,
        WindowStatus status,
        Money budget,
        AllocationMethod allocation,
        @Nullable Long seed,
        UUID fundedBy,
        UUID budgetAccount,
        List<PotView> pots,
        long received,
        int waiting,
        long granted,
        Money grantedTotal,
        long rejected,
        @Nullable Instant closedAt,
        @Nullable Instant settledAt) {

    public SchemeWindow {
        pots = List.copyOf(pots);
        Objects.requireNonNull(status, "status");
    }

    /** What is left of the budget, over all pots. */
    public Money left() {
        return budget.minus(grantedTotal);
    }

    /**
     * One pot: a target group's sub-budget, or {@link Allocation#GENERAL}.
     *
     * @param upToLevel for a sub-budget opened as "up to an education level": that level; else null
     * @param target the target group of a sub-budget; null for the general pot
     */
    public record PotView(
            String name,
            @Nullable EducationLevel upToLevel,
            @Nullable TargetExpression target,
            Money reserved,
            Money remaining,
            boolean closed) {}
}
