package nl.leerbudget.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What makes an account a compartment: whose learning account it belongs to, who filled it, its label, what it may
 * pay for, how long, and what happens to the rest afterwards.
 *
 * @param validFrom first day the compartment can be spent from; null: from its opening
 * @param validUntil last day the compartment can be spent from; null: no end
 */
public record CompartmentTerms(
        LearningAccountId learningAccount,
        AccountId funder,
        String label,
        CompartmentConditions conditions,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        ExpiryRule expiryRule) {

    public CompartmentTerms {
        Objects.requireNonNull(learningAccount, "learningAccount");
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(expiryRule, "expiryRule");
        if (label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("label must have 1 to 200 characters");
        }
        if (validUntil != null && validFrom != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil must not be before validFrom");
        }
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean hasEndedBefore(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }
}
