package nl.leerbudget.rights.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A recomputation of a credited right after a corrected history: from {@code previous} to {@code recomputed};
 * {@code moved} is what moved in the ledger (positive: added, negative: taken back), {@code notReclaimed} what could
 * not be taken back because it was spent already; {@code explanation} says so in Dutch, a line per line of text.
 */
public record RecordedAdjustment(
        PersonId person,
        String policyId,
        int historyVersion,
        Money previous,
        Money recomputed,
        Money moved,
        Money notReclaimed,
        @Nullable UUID transfer,
        String explanation,
        Instant adjustedAt) {

    public RecordedAdjustment {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(moved, "moved");
        Objects.requireNonNull(notReclaimed, "notReclaimed");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(adjustedAt, "adjustedAt");
    }
}
