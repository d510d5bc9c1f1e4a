package nl.leerbudget.rights;

import java.util.Objects;

/** What a right was computed from: the versions of the policy, the cost table and the history. */
public record RightBasis(String policyId, int policyVersion, String costsVersion, int historyVersion) {

    public RightBasis {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(costsVersion, "costsVersion");
    }
}
