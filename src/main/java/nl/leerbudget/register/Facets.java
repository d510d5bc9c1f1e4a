package nl.leerbudget.register;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.shared.OfferingType;

/**
 * How many offerings each filter value would give: counted over everything that matches the text and the other
 * filters, but not the filter's own values (so that choosing a second type shows how many more it adds). Only values
 * with at least one offering are present; offerings without a level or a location are not counted under those.
 * Enum keys are in declaration order, levels from low to high, locations by name.
 */
public record Facets(
        Map<OfferingType, Long> types,
        Map<Integer, Long> levels,
        Map<Modality, Long> modalities,
        Map<String, Long> locations,
        Map<PriceBand, Long> priceBands,
        Map<Boolean, Long> recognised) {

    public static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public Facets {
        types = Collections.unmodifiableMap(enumMap(OfferingType.class, types));
        levels = Collections.unmodifiableSortedMap(new TreeMap<>(levels));
        modalities = Collections.unmodifiableMap(enumMap(Modality.class, modalities));
        locations = Collections.unmodifiableSortedMap(new TreeMap<>(locations));
        priceBands = Collections.unmodifiableMap(enumMap(PriceBand.class, priceBands));
        recognised = Collections.unmodifiableSortedMap(new TreeMap<>(recognised));
    }

    private static <K extends Enum<K>> Map<K, Long> enumMap(Class<K> type, Map<K, Long> counts) {
        Map<K, Long> sorted = new EnumMap<>(type);
        sorted.putAll(counts);
        return sorted;
    }
}
