package nl.leerbudget.schemes.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.schemes.PayoutHold;
import org.jspecify.annotations.Nullable;

/** The holds on providers' payouts and every change to them. */
public interface HeldProviders {

    /** The providers whose payouts are held now. */
    Set<UUID> held();

    /** The holds standing now, the most recent first. */
    List<PayoutHold> holds();

    Optional<PayoutHold> hold(UUID provider);

    /** A change already recorded under this request id, if any. */
    Optional<PayoutHold.Change> change(UUID requestId);

    /** Records a hold or a release and brings the current holds in line; the caller's transaction. */
    void record(
            UUID requestId,
            UUID provider,
            PayoutHold.Kind kind,
            String reason,
            @Nullable String ruleId,
            String by,
            Instant at);

    /** Every change of one provider's holds, the most recent first. */
    List<PayoutHold.Change> changes(UUID provider);
}
