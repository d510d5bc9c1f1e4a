package nl.leerbudget.funding;

import java.time.LocalDate;
import java.util.Objects;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import org.jspecify.annotations.Nullable;

/**
 * What a funder's deposit is for and for how long: the label people see, the conditions of the money, its validity,
 * what happens to the rest at the end, and what happens to it when the funder's relation with the person ends.
 */
public record DepositTerms(
        String label,
        CompartmentConditions conditions,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        ExpiryRule expiryRule,
        RelationEndRule onRelationEnd) {

    /** Terms under which the person keeps the money when the relation ends. */
    public DepositTerms(
            String label,
            CompartmentConditions conditions,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            ExpiryRule expiryRule) {
        this(label, conditions, validFrom, validUntil, expiryRule, RelationEndRule.PERSON_KEEPS);
    }

    public DepositTerms {
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(expiryRule, "expiryRule");
        Objects.requireNonNull(onRelationEnd, "onRelationEnd");
        if (label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("label must have 1 to 200 characters");
        }
        if (conditions.offeringId() != null) {
            throw new IllegalArgumentException("a funder's deposit is not earmarked for one offering");
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil must not be before validFrom");
        }
    }
}
