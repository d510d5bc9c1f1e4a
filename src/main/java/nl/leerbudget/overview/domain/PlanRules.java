package nl.leerbudget.overview.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.LedgerRule;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.overview.FinancingPlan;
import nl.leerbudget.overview.PlanPolicy;
import nl.leerbudget.overview.PlanRule;
import nl.leerbudget.overview.Source;
import nl.leerbudget.shared.Money;

/**
 * The rules of a financing plan. A compartment pays only where the ledger would accept a hold on it today: the
 * ledger's own conditions rule ({@link nl.leerbudget.ledger.CompartmentConditions#refusal}, L23-L29) against the same
 * purpose the register gives the ledger, a compartment valid today, and money available. Of the eligible cost the
 * person pays the policy's minimum; the compartments pay the rest in the policy's order, each as much as it has.
 *
 * <p>Validity is judged on the day the money would be held (today), as the ledger judges a hold, and not against the
 * start date: a hold keeps its money reserved after the compartment's last day (the expiry run takes only what is
 * available, and a settlement is not a new spend), and a grant lapses only when it is not used. So a compartment whose
 * last day comes before the start still pays, if it is booked in time.
 */
public final class PlanRules {

    private PlanRules() {}

    /** Why a compartment may not pay for the offering today, or empty when it may (whatever is left to pay). */
    public static Optional<Refusal> refusal(Budget budget, Offer offer, LocalDate today) {
        if (budget.unit() != Unit.EUR) {
            return Optional.of(Refusal.of(PlanRule.NOT_IN_EUROS));
        }
        Optional<LedgerRule> condition = budget.terms().conditions().refusal(offer.purpose());
        if (condition.isPresent()) {
            return Optional.of(new Refusal(condition.get().id(), condition.get().reason()));
        }
        CompartmentTerms terms = budget.terms();
        if (budget.expired() || terms.hasEndedBefore(today)) {
            return Optional.of(Refusal.of(PlanRule.EXPIRED));
        }
        if (!terms.isValidOn(today)) {
            return Optional.of(Refusal.of(PlanRule.NOT_YET_VALID));
        }
        if (budget.available() <= 0) {
            return Optional.of(Refusal.of(PlanRule.EMPTY));
        }
        return Optional.empty();
    }

    /** A rule that keeps a compartment from paying, with its id and Dutch reason. */
    public record Refusal(String ruleId, String reason) {
        static Refusal of(PlanRule rule) {
            return new Refusal(rule.id(), rule.reason());
        }
    }

    /**
     * The plan for an offering starting on {@code startDate}, made today.
     *
     * @param circumstances what the policy may exempt the person for (none known yet: see the plan policy)
     */
    public static FinancingPlan plan(
            Offer offer,
            LocalDate startDate,
            LocalDate today,
            List<Budget> budgets,
            PlanPolicy policy,
            Set<PlanPolicy.Circumstance> circumstances) {
        Money price = offer.price();
        // Public money never pays more than the price: an eligible cost above it is read as the price.
        Money eligible = offer.eligibleCost().min(price);
        Money notEligible = price.minus(eligible);
        boolean exempt = circumstances.stream().anyMatch(policy.exemptions()::contains);
        Money minimumOwn = exempt ? Money.ZERO : policy.minimumOwnPayment().min(eligible);
        long toPay = eligible.minus(minimumOwn).cents();

        List<FinancingPlan.Payment> payments = new ArrayList<>();
        List<FinancingPlan.NotPaying> notPaying = new ArrayList<>();
        for (Budget budget : budgets.stream().sorted(order(policy, offer)).toList()) {
            Optional<Refusal> refusal = refusal(budget, offer, today);
            if (refusal.isEmpty() && toPay == 0) {
                refusal = Optional.of(Refusal.of(PlanRule.NOTHING_LEFT));
            }
            if (refusal.isPresent()) {
                notPaying.add(new FinancingPlan.NotPaying(
                        budget.id(),
                        budget.label(),
                        budget.source(),
                        Money.cents(budget.available()),
                        budget.terms().validUntil(),
                        refusal.get().ruleId(),
                        refusal.get().reason()));
                continue;
            }
            long amount = Math.min(budget.available(), toPay);
            toPay = Math.subtractExact(toPay, amount);
            payments.add(new FinancingPlan.Payment(
                    budget.id(),
                    budget.label(),
                    budget.source(),
                    Money.cents(budget.available()),
                    Money.cents(amount),
                    budget.terms().validUntil()));
        }
        Money covered = payments.stream().map(FinancingPlan.Payment::amount).reduce(Money.ZERO, Money::plus);
        Money rest = Money.cents(toPay);
        String offeringId = offer.purpose().offeringId();
        return new FinancingPlan(
                offeringId,
                offer.version(),
                offer.name(),
                offer.purpose().provider(),
                startDate,
                today,
                price,
                eligible,
                notEligible,
                minimumOwn,
                payments,
                notPaying,
                covered,
                rest,
                notEligible.plus(minimumOwn).plus(rest),
                PlanFingerprint.of(offeringId, offer.version(), startDate, policy.id(), policy.version(), payments),
                policy.id(),
                policy.version());
    }

    /** The policy's sort keys in turn, then the compartment id, so that the same facts always give the same plan. */
    static Comparator<Budget> order(PlanPolicy policy, Offer offer) {
        Comparator<Budget> order = (a, b) -> 0;
        for (PlanPolicy.SortKey key : policy.order()) {
            order = order.thenComparing(
                    switch (key) {
                        case EARMARKED_FIRST -> Comparator.comparing((Budget b) -> !earmarkedFor(b, offer));
                        case EXPIRES_FIRST ->
                            Comparator.comparing((Budget b) -> {
                                LocalDate until = b.terms().validUntil();
                                return until == null ? LocalDate.MAX : until;
                            });
                        case PRIVATE_BEFORE_PUBLIC ->
                            Comparator.comparing((Budget b) -> !b.source().isPrivate());
                        case LEARNING_RIGHT_LAST ->
                            Comparator.comparing((Budget b) -> b.source() == Source.LEARNING_RIGHT);
                    });
        }
        return order.thenComparing(Budget::id);
    }

    private static boolean earmarkedFor(Budget budget, Offer offer) {
        String earmarked = budget.terms().conditions().offeringId();
        return earmarked != null && earmarked.equalsIgnoreCase(offer.purpose().offeringId());
    }
}
