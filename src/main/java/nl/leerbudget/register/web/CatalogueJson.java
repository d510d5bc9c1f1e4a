package nl.leerbudget.register.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.leerbudget.register.CatalogueHit;
import nl.leerbudget.register.CatalogueResult;
import nl.leerbudget.register.Facets;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the catalogue API. Amounts are decimal strings in euros. */
final class CatalogueJson {

    private CatalogueJson() {}

    record Item(
            UUID id,
            UUID providerId,
            String providerName,
            String name,
            String summary,
            OfferingType type,
            @Nullable Integer level,
            Modality modality,
            @Nullable String location,
            String price,
            boolean recognised,
            boolean bookable) {

        static Item of(CatalogueHit hit) {
            return new Item(
                    hit.offering().value(),
                    hit.provider().value(),
                    hit.providerName(),
                    hit.name(),
                    hit.summary(),
                    hit.type(),
                    hit.level(),
                    hit.modality(),
                    hit.location(),
                    Money.cents(hit.priceCents()).toDecimalString(),
                    hit.recognised(),
                    hit.bookable());
        }
    }

    record Count<T>(T value, long count) {

        static <T> List<Count<T>> of(Map<T, Long> counts) {
            return counts.entrySet().stream()
                    .map(e -> new Count<>(e.getKey(), e.getValue()))
                    .toList();
        }
    }

    record Band(PriceBand value, String minPrice, @Nullable String maxPrice, long count) {

        static List<Band> of(Map<PriceBand, Long> counts) {
            Function<@Nullable Long, @Nullable String> amount =
                    cents -> cents == null ? null : Money.cents(cents).toDecimalString();
            return counts.entrySet().stream()
                    .map(e -> new Band(
                            e.getKey(),
                            Money.cents(e.getKey().minCents()).toDecimalString(),
                            amount.apply(e.getKey().maxCents()),
                            e.getValue()))
                    .toList();
        }
    }

    record FacetCounts(
            List<Count<OfferingType>> types,
            List<Count<Integer>> levels,
            List<Count<Modality>> modalities,
            List<Count<String>> locations,
            List<Band> priceBands,
            List<Count<Boolean>> recognised) {

        static FacetCounts of(Facets facets) {
            return new FacetCounts(
                    Count.of(facets.types()),
                    Count.of(facets.levels()),
                    Count.of(facets.modalities()),
                    Count.of(facets.locations()),
                    Band.of(facets.priceBands()),
                    Count.of(facets.recognised()));
        }
    }

    record Page(List<Item> items, int page, int pageSize, long totalItems, long totalPages, FacetCounts facets) {

        static Page of(CatalogueResult result) {
            return new Page(
                    result.hits().stream().map(Item::of).toList(),
                    result.page(),
                    result.pageSize(),
                    result.total(),
                    result.pages(),
                    FacetCounts.of(result.facets()));
        }
    }
}
