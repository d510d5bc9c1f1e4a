package nl.leerbudget.schemes.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.schemes.AllocationMethod;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.TargetExpression;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/** A window as stored, with its pots in order (the general pot last). */
public record WindowRow(
        UUID id,
        String code,
        String schemeId,
        int schemeVersion,
        String name,
        Instant opensAt,
        Instant closesAt,
        Money budget,
        AllocationMethod allocation,
        @Nullable Long seed,
        UUID funderAccount,
        UUID budgetAccount,
        @Nullable Instant closedAt,
        @Nullable Instant settledAt,
        long lastReceipt,
        int waiting,
        long grantedCount,
        Money grantedTotal,
        long rejectedCount,
        List<PotRow> pots) {

    public WindowRow {
        pots = List.copyOf(pots);
    }

    /**
     * One pot: a target group's sub-budget or the general pot.
     *
     * @param upToLevel for a sub-budget opened as "up to an education level": that level; else null
     * @param target for a sub-budget: its target group; null for the general pot
     */
    public record PotRow(
            String pot,
            @Nullable EducationLevel upToLevel,
            @Nullable TargetExpression target,
            Money reserved,
            Money remaining,
            boolean closed) {

        public boolean isSubBudget() {
            return target != null;
        }
    }

    /** Whether applications are received at {@code now}. */
    public boolean receivesAt(Instant now) {
        return closedAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public WindowRow with(
            long lastReceipt,
            int waiting,
            long grantedCount,
            Money grantedTotal,
            long rejectedCount,
            List<PotRow> pots,
            @Nullable Instant closedAt,
            @Nullable Instant settledAt) {
        return new WindowRow(
                id,
                code,
                schemeId,
                schemeVersion,
                name,
                opensAt,
                closesAt,
                budget,
                allocation,
                seed,
                funderAccount,
                budgetAccount,
                closedAt,
                settledAt,
                lastReceipt,
                waiting,
                grantedCount,
                grantedTotal,
                rejectedCount,
                pots);
    }
}
