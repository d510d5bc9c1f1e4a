package nl.leerbudget.schemes;

import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;

/**
 * An eligible application in a window, as allocation sees it.
 *
 * @param reference the application's own identifier, for the caller
 * @param amount the grant it asks for: the {@link Assessment.Eligible#grantAmount()}
 * @param groups the target groups of sub-budgets the applicant belongs to (decided by the caller, for example with
 *     {@link EducationLevel#isAtMost})
 */
public record Application(String reference, PersonId person, Money amount, Set<String> groups) {

    public Application {
        if (reference.isBlank()) {
            throw new IllegalArgumentException("an application has a reference");
        }
        Objects.requireNonNull(person, "person");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an application asks for a positive amount");
        }
        groups = Set.copyOf(Objects.requireNonNull(groups, "groups"));
    }
}
