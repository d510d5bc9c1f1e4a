package nl.leerbudget.overview.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import nl.leerbudget.overview.FinancingPlan;

/**
 * A digest of what a plan was quoted on: the offering at its version, the start date, the policy, and each paying
 * compartment with its available balance, in paying order. A booking that brings the fingerprint it was shown can be
 * told whether the offering or the balances changed since (SHA-256, hex).
 */
public final class PlanFingerprint {

    private PlanFingerprint() {}

    public static String of(
            String offeringId,
            int offeringVersion,
            LocalDate startDate,
            String policyId,
            int policyVersion,
            List<FinancingPlan.Payment> payments) {
        StringBuilder text = new StringBuilder("leerbudget-financing-plan/1\n")
                .append(offeringId)
                .append('\n')
                .append(offeringVersion)
                .append('\n')
                .append(startDate)
                .append('\n')
                .append(policyId)
                .append(':')
                .append(policyVersion)
                .append('\n');
        for (FinancingPlan.Payment payment : payments) {
            text.append(payment.compartment().value())
                    .append(':')
                    .append(payment.available().cents())
                    .append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
