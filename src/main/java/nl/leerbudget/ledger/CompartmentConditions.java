package nl.leerbudget.ledger;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * What a compartment may pay for. An empty set means no restriction on that dimension. The ledger holds every hold
 * and payment out of a compartment to them ({@link #refusal}); the financing plan uses the same rule to explain why a
 * compartment does not pay.
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

    /**
     * The first rule that keeps this compartment from paying for the purpose, or empty when it may pay: the one
     * offering it is earmarked for (L23), the offering types (L24), recognised education only (L25), the sectors
     * (L26).
     */
    public Optional<LedgerRule> refusal(Purpose purpose) {
        if (offeringId != null && !offeringId.equalsIgnoreCase(purpose.offeringId())) {
            return Optional.of(LedgerRule.OTHER_OFFERING);
        }
        if (!offeringTypes.isEmpty() && !offeringTypes.contains(purpose.type())) {
            return Optional.of(LedgerRule.OFFERING_TYPE_EXCLUDED);
        }
        if (recognisedOnly && !purpose.recognised()) {
            return Optional.of(LedgerRule.NOT_RECOGNISED);
        }
        if (!sectors.isEmpty()
                && purpose.sectors().stream()
                        .map(sector -> sector.toLowerCase(Locale.ROOT))
                        .noneMatch(sector -> sectors.stream().anyMatch(sector::equalsIgnoreCase))) {
            return Optional.of(LedgerRule.SECTOR_EXCLUDED);
        }
        return Optional.empty();
    }
}
