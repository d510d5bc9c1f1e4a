package nl.leerbudget.schemes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.Role;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.domain.HeldProviders;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holding a provider's payouts on a signal of misuse, and releasing them, by a register reviewer or a scheme
 * administrator, always with a reason. While a hold stands, payout runs leave what was settled to the provider on its
 * payable account: none of it goes into a SEPA file until the hold is released. Each call is one transaction under the
 * caller's request id: the same id again with the same change answers what was recorded, with another change is a
 * conflict. The request that made it is in the audit trail.
 */
@Service
public class PayoutHolds {

    private final HeldProviders held;
    private final Register register;
    private final Actors actors;
    private final Clock clock;

    PayoutHolds(HeldProviders held, Register register, Actors actors, Clock clock) {
        this.held = held;
        this.register = register;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Holds a provider's payouts.
     *
     * @param ruleId the signal that led to it (M1 to M6), or null
     * @throws SchemeConflict {@code already-held} when a hold stands, {@code unknown-provider}, or
     *     {@code request-id-reused}
     */
    @Transactional
    public PayoutHold.Change hold(UUID requestId, ProviderId provider, String reason, @Nullable String ruleId) {
        return change(requestId, provider, PayoutHold.Kind.HOLD, reason, ruleId);
    }

    /**
     * Releases a provider's payouts: the next payout run pays what was held.
     *
     * @throws SchemeConflict {@code not-held} when no hold stands, or {@code request-id-reused}
     */
    @Transactional
    public PayoutHold.Change release(UUID requestId, ProviderId provider, String reason) {
        return change(requestId, provider, PayoutHold.Kind.RELEASE, reason, null);
    }

    /** The holds standing now, the most recent first. */
    @Transactional(readOnly = true)
    public List<PayoutHold> holds() {
        requireReviewer();
        return held.holds();
    }

    /** Every hold and release of a provider, the most recent first. */
    @Transactional(readOnly = true)
    public List<PayoutHold.Change> history(ProviderId provider) {
        requireReviewer();
        return held.changes(provider.value());
    }

    private PayoutHold.Change change(
            UUID requestId, ProviderId provider, PayoutHold.Kind kind, String reason, @Nullable String ruleId) {
        Actor actor = requireReviewer();
        Objects.requireNonNull(requestId, "requestId");
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("a hold or a release has a reason");
        }
        if (why.length() > 1000) {
            throw new IllegalArgumentException("a reason has at most 1000 characters");
        }
        var earlier = held.change(requestId);
        if (earlier.isPresent()) {
            PayoutHold.Change was = earlier.get();
            if (was.kind() != kind
                    || !was.provider().equals(provider.value())
                    || !was.reason().equals(why)) {
                throw new SchemeConflict(
                        "request-id-reused", "Request id " + requestId + " was used for another hold or release.");
            }
            return was;
        }
        if (register.provider(provider).isEmpty()) {
            throw new SchemeConflict("unknown-provider", "Provider " + provider + " is not in the register.");
        }
        boolean standing = held.hold(provider.value()).isPresent();
        if (kind == PayoutHold.Kind.HOLD && standing) {
            throw new SchemeConflict("already-held", "The payouts of provider " + provider + " are held already.");
        }
        if (kind == PayoutHold.Kind.RELEASE && !standing) {
            throw new SchemeConflict("not-held", "The payouts of provider " + provider + " are not held.");
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        held.record(requestId, provider.value(), kind, why, ruleId, actor.userId(), now);
        return new PayoutHold.Change(requestId, provider.value(), kind, why, ruleId, actor.userId(), now);
    }

    private Actor requireReviewer() {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.REGISTER_REVIEWER) && !actor.has(Role.SCHEME_ADMINISTRATOR)) {
            throw new NotPermitted("only a register reviewer or a scheme administrator holds payouts");
        }
        return actor;
    }
}
