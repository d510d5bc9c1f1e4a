package nl.leerbudget.ledger;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * What a compartment may pay for. An empty set means no restriction on that dimension. The financing plan evaluates
 * these conditions against an offering; the ledger only stores them.
 *
 * @param offeringTypes allowed offering types; empty: all
 * @param recognisedOnly only OCW-recognised education
 * @param offeringId one specific offering (a voucher granted for one training), or null
 * @param sectors sector codes the training must serve; empty: all
 */
public record CompartmentConditions(
        Set<OfferingType> offeringTypes,
        boolean recognisedOnly,
        @Nullable String offeringId,
        Set<String> sectors) {

    public static final CompartmentConditions NONE = new CompartmentConditions(Set.of(), false, null, Set.of());

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public CompartmentConditions {
        offeringTypes = Set.copyOf(Objects.requireNonNull(offeringTypes, "offeringTypes"));
        sectors = Set.copyOf(Objects.requireNonNull(sectors, "sectors"));
        if (offeringId != null && !CODE.matcher(offeringId).matches()) {
            throw new IllegalArgumentException("offering id must be 1-64 letters, digits, '.', '_' or '-'");
        }
        for (String sector : sectors) {
            if (!CODE.matcher(sector).matches()) {
                throw new IllegalArgumentException("sector code must be 1-64 letters, digits, '.', '_' or '-'");
            }
        }
    }
}
