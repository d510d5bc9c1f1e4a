package nl.leerbudget.ledger;

import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * What a payment out of a compartment is for: the offering, as the training register knows it when the money is held
 * or spent. The ledger records it with the transfer, so that an audit can later check the payment against the
 * compartment's conditions as they stood.
 *
 * @param offeringId the offering's id in the register
 * @param provider the payable account of the provider that gives the offering (its id is the provider's)
 * @param recognised OCW-recognised (publicly funded) education
 * @param sectors the sectors or fields the offering serves
 * @param level the offering's NLQF level, or null when it has none
 * @param occupations the ISCO-08 unit groups (4 digits) of the occupations the offering leads to
 * @param providerKvk the KvK number of the provider, or null where the register does not know it
 */
public record Purpose(
        String offeringId,
        AccountId provider,
        OfferingType type,
        boolean recognised,
        Set<String> sectors,
        @Nullable Integer level,
        Set<String> occupations,
        @Nullable String providerKvk) {

    public Purpose {
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(type, "type");
        sectors = Set.copyOf(sectors);
        occupations = Set.copyOf(occupations);
    }

    /** A purpose that says nothing of level, occupations or the provider's KvK number. */
    public Purpose(String offeringId, AccountId provider, OfferingType type, boolean recognised, Set<String> sectors) {
        this(offeringId, provider, type, recognised, sectors, null, Set.of(), null);
    }
}
