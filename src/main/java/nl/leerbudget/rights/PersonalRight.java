package nl.leerbudget.rights;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A person's learning right as they see it: what the policy gives them on their latest education history (with the
 * explanation), what was credited and adjusted since, and what is still available in the compartment.
 *
 * @param assessment the computation on the latest history under the current policy, with its explanation
 * @param credited what is on the learning account from this right: first credit plus adjustments (zero when nothing
 *     was credited yet)
 * @param available what can still be spent (credited minus spent and held); zero without a compartment
 * @param compartment the ledger account that holds the right, if any
 * @param adjustments every recomputation after a corrected history, oldest first
 */
public record PersonalRight(
        PersonId person,
        int historyVersion,
        Assessment assessment,
        Money credited,
        Money available,
        @Nullable UUID compartment,
        List<AdjustmentView> adjustments) {

    public PersonalRight {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(available, "available");
        adjustments = List.copyOf(adjustments);
    }

    /**
     * One recomputation.
     *
     * @param moved what moved in the ledger: positive added, negative taken back
     * @param notReclaimed what the new computation would take back but was spent already, and stays spent
     * @param explanation the correction explained in Dutch, a line per line of text
     */
    public record AdjustmentView(
            int historyVersion,
            Money previous,
            Money recomputed,
            Money moved,
            Money notReclaimed,
            String explanation) {}
}
