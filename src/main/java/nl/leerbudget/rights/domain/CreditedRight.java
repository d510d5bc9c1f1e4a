package nl.leerbudget.rights.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What was credited to a person under a policy, once: the amount as first computed, from which history version, and
 * the compartment that holds it (none when the right was zero).
 */
public record CreditedRight(
        PersonId person,
        String policyId,
        int policyVersion,
        int historyVersion,
        Money amount,
        LocalDate validFrom,
        LocalDate validUntil,
        @Nullable UUID compartment,
        Instant creditedAt) {

    public CreditedRight {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(creditedAt, "creditedAt");
        if (amount.isNegative() || amount.isPositive() != (compartment != null)) {
            throw new IllegalArgumentException("a positive right has a compartment, a zero right none");
        }
    }
}
