package nl.leerbudget.register.domain;

import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * How many matching entries share one combination of facet values. A few thousand cells describe a hundred thousand
 * entries, so totals and facets under any combination of filters are sums over cells ({@link FacetCounts}).
 *
 * @param inPriceRange whether these entries are within the query's price range; true when it has none
 */
public record FacetCell(
        OfferingType type,
        @Nullable Integer level,
        Modality modality,
        PriceBand band,
        boolean recognised,
        @Nullable String location,
        boolean inPriceRange,
        long entries) {}
