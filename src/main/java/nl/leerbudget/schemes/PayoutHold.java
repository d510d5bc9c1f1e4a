package nl.leerbudget.schemes;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A hold on a provider's payouts: while it stands, payout runs leave what was settled to the provider unpaid.
 *
 * @param reason why, in the words of whoever put it
 */
public record PayoutHold(UUID provider, String reason, String heldBy, Instant heldAt) {

    public PayoutHold {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(heldBy, "heldBy");
        Objects.requireNonNull(heldAt, "heldAt");
    }

    /** What a change does. */
    public enum Kind {
        HOLD,
        RELEASE
    }

    /**
     * One hold or release as recorded.
     *
     * @param ruleId the signal of misuse that led to it (M1 to M6), or null
     */
    public record Change(
            UUID requestId,
            UUID provider,
            Kind kind,
            String reason,
            @Nullable String ruleId,
            String decidedBy,
            Instant decidedAt) {

        public Change {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }
    }
}
