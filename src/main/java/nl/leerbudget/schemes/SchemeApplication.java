package nl.leerbudget.schemes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * An application with its receipt and, once made, its decision.
 *
 * @param receipt counts from 1 per window in the order applications were received
 * @param submittedBy the user who applied: the person, or their adviser under a mandate
 * @param amount the grant (granted) or what it would be (received, waitlisted); null when rejected
 * @param ownContribution what the person pays themselves; null when rejected
 * @param explanation in Dutch, how the amount follows from the scheme; null when rejected
 * @param reasons why it was rejected, every failing rule; empty otherwise
 * @param waitlistPosition from 1 while waitlisted
 * @param drawnFrom for a grant: how much came from each pot
 * @param compartment for a grant: the earmarked compartment of the person's learning account
 * @param lapsesOn for a grant: the first day it no longer holds unless the provider confirmed the start
 * @param start once the provider confirmed the start: who, when, and the settlement in the ledger
 * @param endedAt for a withdrawn or lapsed grant: when it ended
 * @param replayed this answer repeats an earlier one for the same request id
 */
public record SchemeApplication(
        UUID id,
        UUID windowId,
        String windowCode,
        long receipt,
        UUID requestId,
        PersonId person,
        UUID offeringId,
        LocalDate plannedStart,
        String submittedBy,
        Instant receivedAt,
        ApplicationStatus status,
        @Nullable Money amount,
        @Nullable Money ownContribution,
        @Nullable String explanation,
        List<Reason> reasons,
        @Nullable Integer waitlistPosition,
        Map<String, Money> drawnFrom,
        @Nullable UUID compartment,
        @Nullable LocalDate lapsesOn,
        @Nullable Instant decidedAt,
        @Nullable Start start,
        @Nullable Instant endedAt,
        boolean replayed) {

    public SchemeApplication {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        drawnFrom = Map.copyOf(drawnFrom);
    }

    /** The receipt number as a person sees it: the window's code and the receipt, such as STAP-2027-1-000042. */
    public String receiptNumber() {
        return windowCode + "-" + String.format("%06d", receipt);
    }

    public SchemeApplication asReplay() {
        return new SchemeApplication(
                id,
                windowId,
                windowCode,
                receipt,
                requestId,
                person,
                offeringId,
                plannedStart,
                submittedBy,
                receivedAt,
                status,
                amount,
                ownContribution,
                explanation,
                reasons,
                waitlistPosition,
                drawnFrom,
                compartment,
                lapsesOn,
                decidedAt,
                start,
                endedAt,
                true);
    }

    /** The same application with the receipt unchanged and this decision (a draw, a promotion). */
    public SchemeApplication decided(
            ApplicationStatus status,
            @Nullable Money amount,
            @Nullable Money ownContribution,
            @Nullable String explanation,
            List<Reason> reasons,
            @Nullable Integer waitlistPosition,
            Map<String, Money> drawnFrom,
            @Nullable UUID compartment,
            @Nullable LocalDate lapsesOn,
            @Nullable Instant decidedAt) {
        return new SchemeApplication(
                id,
                windowId,
                windowCode,
                receipt,
                requestId,
                person,
                offeringId,
                plannedStart,
                submittedBy,
                receivedAt,
                status,
                amount,
                ownContribution,
                explanation,
                reasons,
                waitlistPosition,
                drawnFrom,
                compartment,
                lapsesOn,
                decidedAt,
                start,
                endedAt,
                replayed);
    }

    /** The same application, decided as it was, in a later state. */
    public SchemeApplication progressed(ApplicationStatus status, @Nullable Start start, @Nullable Instant endedAt) {
        return new SchemeApplication(
                id,
                windowId,
                windowCode,
                receipt,
                requestId,
                person,
                offeringId,
                plannedStart,
                submittedBy,
                receivedAt,
                status,
                amount,
                ownContribution,
                explanation,
                reasons,
                waitlistPosition,
                drawnFrom,
                compartment,
                lapsesOn,
                decidedAt,
                start,
                endedAt,
                replayed);
    }

    /**
     * The start of the training as the provider confirmed it.
     *
     * @param settlement the ledger transfer that moved the grant from the compartment to the provider's payable account
     * @param payoutRun the payout run that paid it to the provider; null until then
     */
    public record Start(
            UUID providerId,
            LocalDate startedOn,
            UUID settlement,
            @Nullable UUID payoutRun) {
        public Start {
            Objects.requireNonNull(providerId, "providerId");
            Objects.requireNonNull(startedOn, "startedOn");
            Objects.requireNonNull(settlement, "settlement");
        }
    }
}
