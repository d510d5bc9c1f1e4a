package nl.leerbudget.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A booking of one start date of an offering, on the financing plan the person saw.
 *
 * @param code a short reference for people and bank statements ("B-" and 12 characters)
 * @param price the booked price; {@code eligible} of it learning money may pay, {@code minimumOwn} of that the person
 *     pays by rule
 * @param covered what the compartments hold (or, once started, paid) for it
 * @param personPays what the person pays the provider themselves
 * @param fingerprint the plan it was booked on
 * @param deadline the last day of the step the booking waits for; null when it waits for nobody
 * @param preparedBy the adviser who prepared it for the person to confirm, or null
 * @param startedOn the day the person started, as the provider reported it
 * @param finalAmount the final price, or the part delivered of an early stop, as the provider reported it
 * @param endReason why it ended, in Dutch (a decline's reason, which deadline passed), or null
 * @param payments the compartments that pay, in the plan's order
 * @param replayed this answer repeats an earlier one for the same request id
 */
public record BookingView(
        UUID id,
        UUID requestId,
        String code,
        PersonId person,
        String offeringId,
        int offeringVersion,
        String offeringName,
        UUID provider,
        String providerName,
        LocalDate startDate,
        Money price,
        Money eligible,
        Money minimumOwn,
        Money covered,
        Money personPays,
        String fingerprint,
        BookingState state,
        @Nullable LocalDate deadline,
        @Nullable String preparedBy,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable LocalDate startedOn,
        @Nullable Money finalAmount,
        @Nullable String endReason,
        List<Payment> payments,
        boolean replayed) {

    public BookingView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        payments = List.copyOf(payments);
        Money held = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        if (!held.equals(covered)) {
            throw new IllegalArgumentException("a booking's payments add up to what it covers");
        }
        if ((deadline == null) != state.isFinal() && state != BookingState.STARTED) {
            throw new IllegalArgumentException("a booking has a deadline exactly while it waits for a step");
        }
    }

    /** The provider's payable account, to which the holds are made. */
    public AccountId providerAccount() {
        return new AccountId(provider);
    }

    /** What the compartments paid the provider, once settled. */
    public Money settled() {
        return payments.stream()
                .map(p -> p.settled() == null ? Money.ZERO : p.settled())
                .reduce(Money.ZERO, Money::plus);
    }

    /** What happens next, in plain Dutch (B1), for the person and the provider. */
    public String nextStep() {
        java.time.format.DateTimeFormatter day =
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl", "NL"));
        return switch (state) {
            case PREPARED ->
                "Een adviseur heeft deze boeking voor u klaargezet. Bevestig de boeking uiterlijk "
                        + day.format(Objects.requireNonNull(deadline)) + ". Pas dan zetten wij het geld vast.";
            case REQUESTED ->
                "Het geld staat voor u vast. De aanbieder antwoordt uiterlijk "
                        + day.format(Objects.requireNonNull(deadline)) + ".";
            case ACCEPTED ->
                "De aanbieder heeft u ingeschreven. Na de start meldt de aanbieder uiterlijk "
                        + day.format(Objects.requireNonNull(deadline)) + " dat u bent begonnen.";
            case STARTED -> "U volgt de opleiding. Het geld is naar de aanbieder gegaan.";
            case COMPLETED -> "U heeft de opleiding afgerond.";
            case DECLINED, CANCELLED, NO_SHOW, LAPSED ->
                (endReason == null ? state.label() + "." : endReason) + " Het vastgezette geld is terug in uw potjes.";
            case STOPPED_EARLY ->
                "U bent voortijdig gestopt. Het deel dat u niet heeft gevolgd, is terug in uw potjes.";
        };
    }

    public BookingView asReplay() {
        return with(state, deadline, startedOn, finalAmount, endReason, payments, updatedAt, true);
    }

    /** The booking in another state; the rest as it was. */
    public BookingView moved(
            BookingState next,
            @Nullable LocalDate nextDeadline,
            @Nullable String reason,
            List<Payment> nextPayments,
            Instant now) {
        return with(next, nextDeadline, startedOn, finalAmount, reason, nextPayments, now, false);
    }

    public BookingView started(
            BookingState next,
            LocalDate on,
            Money amount,
            @Nullable String reason,
            List<Payment> nextPayments,
            Instant now) {
        return with(next, null, on, amount, reason, nextPayments, now, false);
    }

    private BookingView with(
            BookingState next,
            @Nullable LocalDate nextDeadline,
            @Nullable LocalDate on,
            @Nullable Money amount,
            @Nullable String reason,
            List<Payment> nextPayments,
            Instant now,
            boolean replay) {
        return new BookingView(
                id,
                requestId,
                code,
                person,
                offeringId,
                offeringVersion,
                offeringName,
                provider,
                providerName,
                startDate,
                price,
                eligible,
                minimumOwn,
                covered,
                personPays,
                fingerprint,
                next,
                nextDeadline,
                preparedBy,
                createdBy,
                createdAt,
                now,
                on,
                amount,
                reason,
                nextPayments,
                replay);
    }

    /**
     * One compartment that pays for the booking.
     *
     * @param amount what the plan has it pay, held while the booking is requested or accepted
     * @param hold the ledger hold, while it was placed (null for a prepared booking)
     * @param settled what it paid the provider (null until the start, 0 when released whole)
     * @param settlement the ledger transfer that paid the provider (a settled hold, or a grant's payment)
     */
    public record Payment(
            AccountId compartment,
            String label,
            Source source,
            Money amount,
            @Nullable UUID hold,
            @Nullable Money settled,
            @Nullable UUID settlement) {

        public Payment {
            Objects.requireNonNull(compartment, "compartment");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a payment is positive");
            }
            if (settled != null && (settled.isNegative() || settled.compareTo(amount) > 0)) {
                throw new IllegalArgumentException("a payment settles at most what it held");
            }
        }

        /** What went back to the compartment: all of it when released, the rest when settled in part. */
        public Money released(BookingState state) {
            if (settled != null) {
                return amount.minus(settled);
            }
            // Nothing was held for a prepared booking, so nothing goes back when it ends.
            return hold == null || state.holdsMoney() ? Money.ZERO : amount;
        }

        public Payment held(UUID holdId) {
            return new Payment(compartment, label, source, amount, holdId, null, null);
        }

        public Payment settledWith(Money paid, @Nullable UUID transfer) {
            return new Payment(compartment, label, source, amount, hold, paid, transfer);
        }
    }
}
