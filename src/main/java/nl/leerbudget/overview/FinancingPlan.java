package nl.leerbudget.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * How one offering, starting on one day, would be paid: by which compartments, how much each, and what the person
 * pays. It reads, it books nothing; a booking executes the payments as holds, and compares the fingerprint first.
 *
 * <p>{@code price = notEligible + minimumOwnPayment + covered + rest}: the part of the price that learning money may
 * not pay (materials) is always the person's own; of the eligible cost the person pays the policy's minimum, the
 * compartments pay what they can in the policy's order, and the rest is the person's again.
 *
 * @param quotedOn the day the plan was made: the day money would be held, on which validity is judged
 * @param payments the compartments that pay, in the order they pay
 * @param notPaying every other compartment of the learning account, with the rule that keeps it from paying
 * @param fingerprint a digest of the offering's version, the start date and each paying compartment with its
 *     available balance: a later booking quoted on another fingerprint was quoted on other balances
 */
public record FinancingPlan(
        String offeringId,
        int offeringVersion,
        String offeringName,
        AccountId provider,
        LocalDate startDate,
        LocalDate quotedOn,
        Money price,
        Money eligibleCost,
        Money notEligible,
        Money minimumOwnPayment,
        List<Payment> payments,
        List<NotPaying> notPaying,
        Money covered,
        Money rest,
        Money personPays,
        String fingerprint,
        String policyId,
        int policyVersion) {

    public FinancingPlan {
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(startDate, "startDate");
        payments = List.copyOf(payments);
        notPaying = List.copyOf(notPaying);
        if (!notEligible.plus(minimumOwnPayment).plus(covered).plus(rest).equals(price)) {
            throw new IllegalArgumentException("the parts of a plan add up to the price");
        }
        if (!notEligible.plus(minimumOwnPayment).plus(rest).equals(personPays)) {
            throw new IllegalArgumentException("the person pays what no compartment pays");
        }
    }

    /** What the person pays themselves by rule: the part that is not eligible and the minimum own payment. */
    public Money ownContribution() {
        return notEligible.plus(minimumOwnPayment);
    }

    /**
     * A compartment that pays.
     *
     * @param available what it had available when quoted
     */
    public record Payment(
            AccountId compartment,
            String label,
            Source source,
            Money available,
            Money amount,
            @Nullable LocalDate validUntil) {

        public Payment {
            if (!amount.isPositive() || amount.compareTo(available) > 0) {
                throw new IllegalArgumentException("a payment is positive and at most what is available");
            }
        }
    }

    /**
     * A compartment that does not pay, and why.
     *
     * @param ruleId a ledger rule (L23-L29, the compartment's conditions) or a plan rule (P1-P5)
     * @param reason the reason in plain Dutch (B1)
     */
    public record NotPaying(
            AccountId compartment,
            String label,
            Source source,
            Money available,
            @Nullable LocalDate validUntil,
            String ruleId,
            String reason) {}
}
