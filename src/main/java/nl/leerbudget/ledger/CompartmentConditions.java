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
 * @param levels NLQF levels (1 to 8) the offering must have; empty: all, also offerings without a level
 * @param occupations ISCO-08 codes (1 to 4 digits: a major, sub-major, minor or unit group) of the occupations the
 *     training must lead to; an offering leads to the unit groups of the ESCO occupations whose essential skills it
 *     teaches, and a shorter code takes in every unit group under it; empty: all
 * @param providers KvK numbers of the providers that may give the training; empty: all
 */
public record CompartmentConditions(
        Set<OfferingType> offeringTypes,
        boolean recognisedOnly,
        @Nullable String offeringId,
        Set<String> sectors,
        Set<Integer> levels,
        Set<String> occupations,
        Set<String> providers) {

    public static final CompartmentConditions NONE = new CompartmentConditions(Set.of(), false, null, Set.of());

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern ISCO = Pattern.compile("[0-9]{1,4}");
    private static final Pattern KVK = Pattern.compile("[0-9]{8}");

    public CompartmentConditions {
        offeringTypes = Set.copyOf(Objects.requireNonNull(offeringTypes, "offeringTypes"));
        sectors = Set.copyOf(Objects.requireNonNull(sectors, "sectors"));
        levels = Set.copyOf(Objects.requireNonNull(levels, "levels"));
        occupations = Set.copyOf(Objects.requireNonNull(occupations, "occupations"));
        providers = Set.copyOf(Objects.requireNonNull(providers, "providers"));
        if (offeringId != null && !CODE.matcher(offeringId).matches()) {
            throw new IllegalArgumentException("offering id must be 1-64 letters, digits, '.', '_' or '-'");
        }
        for (String sector : sectors) {
            if (!CODE.matcher(sector).matches()) {
                throw new IllegalArgumentException("sector code must be 1-64 letters, digits, '.', '_' or '-'");
            }
        }
        for (int level : levels) {
            if (level < 1 || level > 8) {
                throw new IllegalArgumentException("an NLQF level is 1 to 8");
            }
        }
        for (String occupation : occupations) {
            if (!ISCO.matcher(occupation).matches()) {
                throw new IllegalArgumentException("an ISCO-08 code has 1 to 4 digits");
            }
        }
        for (String provider : providers) {
            if (!KVK.matcher(provider).matches()) {
                throw new IllegalArgumentException("a KvK number has 8 digits");
            }
        }
    }

    /** Conditions on what the training is, without conditions on its level, occupations or provider. */
    public CompartmentConditions(
            Set<OfferingType> offeringTypes, boolean recognisedOnly, @Nullable String offeringId, Set<String> sectors) {
        this(offeringTypes, recognisedOnly, offeringId, sectors, Set.of(), Set.of(), Set.of());
    }

    /**
     * The first rule that keeps this compartment from paying for the purpose, or empty when it may pay: the one
     * offering it is earmarked for (L23), the offering types (L24), recognised education only (L25), the sectors
     * (L26), the levels (L27), the occupations the training leads to (L28), the providers (L29).
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
        if (!levels.isEmpty() && (purpose.level() == null || !levels.contains(purpose.level()))) {
            return Optional.of(LedgerRule.LEVEL_EXCLUDED);
        }
        if (!occupations.isEmpty()
                && purpose.occupations().stream()
                        .noneMatch(group -> occupations.stream().anyMatch(group::startsWith))) {
            return Optional.of(LedgerRule.OCCUPATION_EXCLUDED);
        }
        if (!providers.isEmpty() && (purpose.providerKvk() == null || !providers.contains(purpose.providerKvk()))) {
            return Optional.of(LedgerRule.PROVIDER_EXCLUDED);
        }
        return Optional.empty();
    }

    /** Whether any condition beyond the four the ledger had first (types, recognition, offering, sectors) is set. */
    public boolean limitsLevelOccupationOrProvider() {
        return !levels.isEmpty() || !occupations.isEmpty() || !providers.isEmpty();
    }
}
