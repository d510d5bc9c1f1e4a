package nl.leerbudget.overview.domain;

import java.util.Objects;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.overview.Source;

/**
 * One compartment of a learning account as the plan sees it: its terms, what is available, and where its money comes
 * from.
 *
 * @param available the ledger's available balance (balance less holds), in hundredths of the unit
 */
public record Budget(
        AccountId id, String label, Source source, Unit unit, CompartmentTerms terms, long available, boolean expired) {

    public Budget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(terms, "terms");
    }

    /** @throws IllegalArgumentException for an account that is not a compartment */
    public static Budget of(AccountView compartment, Source source) {
        CompartmentTerms terms = compartment.compartment();
        if (terms == null) {
            throw new IllegalArgumentException("not a compartment: " + compartment.id());
        }
        return new Budget(
                compartment.id(),
                compartment.name(),
                source,
                compartment.unit(),
                terms,
                compartment.available(),
                compartment.expiredAt() != null);
    }
}
