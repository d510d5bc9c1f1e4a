package nl.leerbudget.rights;

import java.time.LocalDate;
import java.util.Objects;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;

/**
 * A person's learning right as computed: the amount, from when until when it may be used (both days included), what
 * it pays for, what it was computed from and why it is what it is.
 */
public record LearningRight(
        PersonId person,
        Money amount,
        LocalDate validFrom,
        LocalDate validUntil,
        RightConditions conditions,
        RightBasis basis,
        Trace trace) {

    public LearningRight {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(trace, "trace");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a learning right is not negative");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a learning right ends on or after the day it starts");
        }
    }
}
