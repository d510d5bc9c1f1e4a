package nl.leerbudget.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerbudget.register.CatalogueQuery;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.shared.OfferingType;
import org.junit.jupiter.api.Test;

class FacetCountsTest {

    private static final List<FacetCell> CELLS = List.of(
            new FacetCell(OfferingType.SHORT_COURSE, null, Modality.ONLINE, PriceBand.UNDER_250, false, null, true, 10),
            new FacetCell(
                    OfferingType.SHORT_COURSE,
                    null,
                    Modality.IN_PERSON,
                    PriceBand.FROM_250_TO_1000,
                    false,
                    "Utrecht",
                    false,
                    5),
            new FacetCell(
                    OfferingType.MBO_CERTIFICATE,
                    3,
                    Modality.IN_PERSON,
                    PriceBand.FROM_1000_TO_2500,
                    true,
                    "Utrecht",
                    true,
                    7),
            new FacetCell(
                    OfferingType.DIPLOMA_PROGRAMME,
                    6,
                    Modality.BLENDED,
                    PriceBand.FROM_2500,
                    true,
                    "Zwolle",
                    false,
                    2));

    @Test
    void withoutFiltersEveryCellCountsEverywhere() {
        FacetCounts.Counts counts = FacetCounts.of(CELLS, CatalogueQuery.all(1, 20));

        assertThat(counts.total()).isEqualTo(24);
        assertThat(counts.facets().types())
                .containsExactly(
                        Map.entry(OfferingType.DIPLOMA_PROGRAMME, 2L),
                        Map.entry(OfferingType.MBO_CERTIFICATE, 7L),
                        Map.entry(OfferingType.SHORT_COURSE, 15L));
        assertThat(counts.facets().levels()).containsExactly(Map.entry(3, 7L), Map.entry(6, 2L));
        assertThat(counts.facets().locations()).containsExactly(Map.entry("Utrecht", 12L), Map.entry("Zwolle", 2L));
        assertThat(counts.facets().recognised()).containsExactly(Map.entry(false, 15L), Map.entry(true, 9L));
    }

    @Test
    void aFacetIgnoresItsOwnFilterButNotTheOthers() {
        FacetCounts.Counts counts = FacetCounts.of(
                CELLS,
                CatalogueQuery.all(1, 20)
                        .withTypes(Set.of(OfferingType.SHORT_COURSE))
                        .withLocation("Utrecht"));

        assertThat(counts.total()).isEqualTo(5);
        // Types within Utrecht; places among short courses.
        assertThat(counts.facets().types())
                .containsExactly(Map.entry(OfferingType.MBO_CERTIFICATE, 7L), Map.entry(OfferingType.SHORT_COURSE, 5L));
        assertThat(counts.facets().locations()).containsExactly(Map.entry("Utrecht", 5L));
        assertThat(counts.facets().modalities()).containsExactly(Map.entry(Modality.IN_PERSON, 5L));
    }

    @Test
    void aPriceRangeOfWholeBandsUsesTheBandsAndAnyOtherTheCellsOwnRange() {
        CatalogueQuery bands = CatalogueQuery.all(1, 20).withPrice(100_000L, null);
        assertThat(FacetCounts.bands(100_000L, null))
                .contains(Set.of(PriceBand.FROM_1000_TO_2500, PriceBand.FROM_2500));
        assertThat(FacetCounts.of(CELLS, bands).total()).isEqualTo(9);

        CatalogueQuery odd = CatalogueQuery.all(1, 20).withPrice(10_000L, 30_000L);
        assertThat(FacetCounts.bands(10_000L, 30_000L)).isEmpty();
        // The cells say whether they are in range (here: the first and the third).
        assertThat(FacetCounts.of(CELLS, odd).total()).isEqualTo(17);
        // The price facet shows every band, as if there were no price filter.
        assertThat(FacetCounts.of(CELLS, odd).facets().priceBands()).hasSize(4);
    }

    @Test
    void bandsAreExactOrNotAtAll() {
        assertThat(FacetCounts.bands(25_000L, 99_999L)).contains(Set.of(PriceBand.FROM_250_TO_1000));
        assertThat(FacetCounts.bands(null, 24_999L)).contains(Set.of(PriceBand.UNDER_250));
        assertThat(FacetCounts.bands(0L, null)).contains(Set.of(PriceBand.values()));
        assertThat(FacetCounts.bands(25_000L, 100_000L)).isEmpty();
        assertThat(FacetCounts.bands(300_000L, null)).isEmpty();
    }
}
