package nl.leerbudget.register.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.shared.Iban;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo catalogue made from its two data files: a few hundred offerings, the same every time, all admissible. */
class DemoCatalogueTest {

    private static final LocalDate LOAD_DAY = LocalDate.of(2026, 12, 3);

    private final DemoCatalogue.Catalogue catalogue = DemoCatalogue.read(LOAD_DAY);

    @Test
    void makesAFewHundredOfferingsOfSixteenProviders() {
        assertThat(catalogue.providers()).hasSize(16);
        assertThat(catalogue.offerings()).hasSizeBetween(300, 500);
    }

    @Test
    void theSameFilesAndDayMakeTheSameCatalogue() {
        assertThat(DemoCatalogue.read(LOAD_DAY)).isEqualTo(catalogue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"verpleegkunde", "excel", "heftruck"})
    void theSearchHintsOfTheCataloguePageFindOfferings(String hint) {
        assertThat(catalogue.offerings())
                .filteredOn(o -> o.details().name().toLowerCase(Locale.ROOT).contains(hint))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyOfferingIsCompleteAsTheAssessmentFrameworkAsks() {
        assertThat(catalogue.offerings()).allSatisfy(o -> {
            assertThat(o.details().description().strip()).hasSizeGreaterThanOrEqualTo(50);
            assertThat(o.details().eligibleCostCents())
                    .isLessThanOrEqualTo(o.details().priceCents());
            assertThat(o.details().location() == null).isEqualTo(o.details().modality() == Modality.ONLINE);
            assertThat(o.details().startDates())
                    .isNotEmpty()
                    .allSatisfy(day -> assertThat(day).isAfter(LOAD_DAY).hasDayOfMonth(1));
        });
    }

    @Test
    void recognisedOfferingsComeFromRecognisedInstitutionsAndEveryIbanIsValid() {
        var recognisedInstitutions = catalogue.providers().stream()
                .filter(p -> p.registration().qualityMarks().stream()
                        .anyMatch(m -> m.scheme() == QualityMark.Scheme.OCW_INSTITUTION))
                .map(p -> p.registration().id())
                .toList();
        assertThat(catalogue.offerings())
                .filteredOn(o -> o.details().recognised())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(recognisedInstitutions).contains(o.provider()));
        assertThat(catalogue.providers())
                .allSatisfy(p -> assertThat(new Iban(p.registration().iban()).value())
                        .isEqualTo(p.registration().iban()));
    }
}
