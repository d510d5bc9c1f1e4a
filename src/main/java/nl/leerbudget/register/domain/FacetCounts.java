package nl.leerbudget.register.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerbudget.register.CatalogueQuery;
import nl.leerbudget.register.Facets;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * The total and the facets of a query, summed over the cells of what matches its words. A facet counts what passes
 * every filter but its own, so that its values show what each adds; the total counts what passes them all.
 */
public final class FacetCounts {

    private FacetCounts() {}

    /** What matched in all: how many, and the facets. */
    public record Counts(long total, Facets facets) {}

    /**
     * The price bands a price range covers exactly, if it does (as the pages' choices do); then cells need not know
     * the range. Empty when the range cuts through a band.
     */
    public static Optional<Set<PriceBand>> bands(@Nullable Long minCents, @Nullable Long maxCents) {
        Set<PriceBand> bands = EnumSet.noneOf(PriceBand.class);
        for (PriceBand band : PriceBand.values()) {
            Long bandMax = band.maxCents();
            boolean above = minCents == null || band.minCents() >= minCents;
            boolean below = maxCents == null || (bandMax != null && bandMax <= maxCents);
            boolean outside = (minCents != null && bandMax != null && bandMax < minCents)
                    || (maxCents != null && band.minCents() > maxCents);
            if (above && below) {
                bands.add(band);
            } else if (!outside) {
                return Optional.empty();
            }
        }
        return Optional.of(bands);
    }

    public static Counts of(List<FacetCell> cells, CatalogueQuery query) {
        boolean priced = query.minPriceCents() != null || query.maxPriceCents() != null;
        Set<PriceBand> bands = priced
                ? bands(query.minPriceCents(), query.maxPriceCents()).orElse(null)
                : EnumSet.allOf(PriceBand.class);
        long total = 0;
        Map<OfferingType, Long> types = new EnumMap<>(OfferingType.class);
        Map<Integer, Long> levels = new HashMap<>();
        Map<Modality, Long> modalities = new EnumMap<>(Modality.class);
        Map<String, Long> locations = new HashMap<>();
        Map<PriceBand, Long> priceBands = new EnumMap<>(PriceBand.class);
        Map<Boolean, Long> recognised = new HashMap<>();
        for (FacetCell cell : cells) {
            boolean type = query.types().isEmpty() || query.types().contains(cell.type());
            boolean level = query.levels().isEmpty()
                    || (cell.level() != null && query.levels().contains(cell.level()));
            boolean modality =
                    query.modalities().isEmpty() || query.modalities().contains(cell.modality());
            boolean location = query.location() == null || query.location().equals(cell.location());
            boolean price = bands != null ? bands.contains(cell.band()) : cell.inPriceRange();
            boolean recognition = query.recognised() == null || query.recognised() == cell.recognised();
            long n = cell.entries();
            if (type && level && modality && location && price && recognition) {
                total += n;
            }
            if (level && modality && location && price && recognition) {
                types.merge(cell.type(), n, Long::sum);
            }
            if (type && modality && location && price && recognition && cell.level() != null) {
                levels.merge(cell.level(), n, Long::sum);
            }
            if (type && level && location && price && recognition) {
                modalities.merge(cell.modality(), n, Long::sum);
            }
            if (type && level && modality && price && recognition && cell.location() != null) {
                locations.merge(cell.location(), n, Long::sum);
            }
            if (type && level && modality && location && recognition) {
                priceBands.merge(cell.band(), n, Long::sum);
            }
            if (type && level && modality && location && price) {
                recognised.merge(cell.recognised(), n, Long::sum);
            }
        }
        return new Counts(total, new Facets(types, levels, modalities, locations, priceBands, recognised));
    }
}
