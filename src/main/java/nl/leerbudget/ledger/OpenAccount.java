package nl.leerbudget.ledger;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Opens a ledger account as part of a command, so that a deposit into a new compartment is one atomic step.
 *
 * @param funderType for funder accounts: what kind of funder
 * @param compartment for compartments: their terms
 */
public record OpenAccount(
        AccountId id,
        AccountKind kind,
        Unit unit,
        String name,
        boolean allowNegative,
        @Nullable FunderType funderType,
        @Nullable CompartmentTerms compartment) {

    public OpenAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must have 1 to 200 characters");
        }
        if ((kind == AccountKind.COMPARTMENT) != (compartment != null)) {
            throw new IllegalArgumentException("compartment terms go with, and only with, a compartment");
        }
        if ((kind == AccountKind.FUNDER) != (funderType != null)) {
            throw new IllegalArgumentException("a funder type goes with, and only with, a funder account");
        }
        if (allowNegative && kind != AccountKind.SETTLEMENT && kind != AccountKind.FUNDER) {
            throw new IllegalArgumentException("only the bank and a funder's budget line may go below zero");
        }
    }

    public static OpenAccount compartment(AccountId id, Unit unit, CompartmentTerms terms) {
        return new OpenAccount(id, AccountKind.COMPARTMENT, unit, terms.label(), false, null, terms);
    }
}
