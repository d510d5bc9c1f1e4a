package nl.leerbudget.overview.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.overview.FinancingPlan;
import org.jspecify.annotations.Nullable;

/** A financing plan as JSON: amounts as decimal strings, reasons in Dutch with their rule ids. */
record FinancingPlanJson(
        String offeringId,
        int offeringVersion,
        String offeringName,
        LocalDate startDate,
        LocalDate quotedOn,
        String price,
        String eligibleCost,
        String notEligible,
        String minimumOwnPayment,
        String ownContribution,
        List<Line> payments,
        List<Refusal> notPaying,
        String covered,
        String rest,
        String personPays,
        String fingerprint,
        Policy policy) {

    record Line(
            UUID compartmentId,
            String label,
            String source,
            String available,
            String amount,
            @Nullable LocalDate validUntil) {}

    record Refusal(
            UUID compartmentId,
            String label,
            String source,
            String available,
            @Nullable LocalDate validUntil,
            String ruleId,
            String reason) {}

    record Policy(String id, int version) {}

    static FinancingPlanJson of(FinancingPlan plan) {
        return new FinancingPlanJson(
                plan.offeringId(),
                plan.offeringVersion(),
                plan.offeringName(),
                plan.startDate(),
                plan.quotedOn(),
                plan.price().toDecimalString(),
                plan.eligibleCost().toDecimalString(),
                plan.notEligible().toDecimalString(),
                plan.minimumOwnPayment().toDecimalString(),
                plan.ownContribution().toDecimalString(),
                plan.payments().stream()
                        .map(p -> new Line(
                                p.compartment().value(),
                                p.label(),
                                p.source().name(),
                                p.available().toDecimalString(),
                                p.amount().toDecimalString(),
                                p.validUntil()))
                        .toList(),
                plan.notPaying().stream()
                        .map(n -> new Refusal(
                                n.compartment().value(),
                                n.label(),
                                n.source().name(),
                                n.available().toDecimalString(),
                                n.validUntil(),
                                n.ruleId(),
                                n.reason()))
                        .toList(),
                plan.covered().toDecimalString(),
                plan.rest().toDecimalString(),
                plan.personPays().toDecimalString(),
                plan.fingerprint(),
                new Policy(plan.policyId(), plan.policyVersion()));
    }
}
