package nl.leerbudget.rights;

import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.OfferingType;

/**
 * What a learning right may pay for, as data that a ledger compartment carries once the right is credited: the
 * offering types, whether only OCW-recognised education counts, and at which prices.
 *
 * @param offeringTypes the offering types the right pays for; empty: all
 */
public record RightConditions(Set<OfferingType> offeringTypes, boolean recognisedOnly, PriceBasis priceBasis) {

    public RightConditions {
        offeringTypes = Set.copyOf(Objects.requireNonNull(offeringTypes, "offeringTypes"));
        Objects.requireNonNull(priceBasis, "priceBasis");
    }

    /** The prices the right pays. */
    public enum PriceBasis {
        /**
         * The price a student in initial education pays and the state funds: statutory tuition plus public funding,
         * not the market price of the "derde leerweg" (seed 003, section 3.4 and footnote 33).
         */
        INITIAL_PHASE,
        /** The provider's own price. */
        MARKET
    }
}
