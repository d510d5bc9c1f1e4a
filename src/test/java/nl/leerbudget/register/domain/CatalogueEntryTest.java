package nl.leerbudget.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.shared.OfferingType;
import org.junit.jupiter.api.Test;

class CatalogueEntryTest {

    private static final OfferingDetails DETAILS = new OfferingDetails(
            OfferingType.MBO_CERTIFICATE,
            "Mbo-certificaat Elektrotechniek: installeren",
            "Leer elektrische installaties in woningen aanleggen en controleren volgens NEN 1010. Met praktijkopdrachten"
                    + " en een examen dat landelijk erkend is.",
            3,
            240,
            OfferingDetails.StudyLoadUnit.HOURS,
            185_000,
            0,
            185_000,
            OfferingDetails.Modality.BLENDED,
            "Utrecht",
            List.of(LocalDate.of(2027, 2, 1)),
            24,
            List.of("techniek"),
            List.of("http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da"),
            true);

    private static CatalogueEntry entry(ProviderStatus status) {
        return CatalogueEntry.of(
                new OfferingId(UUID.randomUUID()),
                new ProviderId(UUID.randomUUID()),
                "ROC Midden Nederland",
                status,
                DETAILS,
                Instant.EPOCH);
    }

    @Test
    void keepsTheTermsOfTheNameApartFromTheRest() {
        CatalogueEntry entry = entry(ProviderStatus.ADMITTED);

        assertThat(entry.nameTerms()).containsExactly("mbo", "certificat", "elektrotechniek", "installer");
        assertThat(entry.otherTerms())
                .contains("ler", "elektrisch", "installaties", "woning", "nen", "1010", "roc", "utrecht", "techniek")
                .doesNotContainAnyElementsOf(entry.nameTerms());
    }

    @Test
    void isBookableOnlyWhileTheProviderIsAdmitted() {
        assertThat(entry(ProviderStatus.ADMITTED).bookable()).isTrue();
        assertThat(entry(ProviderStatus.SUSPENDED).bookable()).isFalse();
        assertThat(entry(ProviderStatus.EXCLUDED).bookable()).isFalse();
    }

    @Test
    void summarisesWithTheFirstSentenceOrAWholeWordCut() {
        assertThat(entry(ProviderStatus.ADMITTED).summary())
                .isEqualTo("Leer elektrische installaties in woningen aanleggen en controleren volgens NEN 1010.");
        String long_ = "woord ".repeat(60);
        assertThat(CatalogueEntry.summary(long_))
                .endsWith("woord…")
                .hasSizeLessThanOrEqualTo(CatalogueEntry.SUMMARY_LENGTH + 1);
        assertThat(CatalogueEntry.summary("  Kort  en\n goed. ")).isEqualTo("Kort en goed.");
    }

    @Test
    void putsThePriceInItsBand() {
        assertThat(PriceBand.of(0)).isEqualTo(PriceBand.UNDER_250);
        assertThat(PriceBand.of(24_999)).isEqualTo(PriceBand.UNDER_250);
        assertThat(PriceBand.of(25_000)).isEqualTo(PriceBand.FROM_250_TO_1000);
        assertThat(PriceBand.of(99_999)).isEqualTo(PriceBand.FROM_250_TO_1000);
        assertThat(PriceBand.of(100_000)).isEqualTo(PriceBand.FROM_1000_TO_2500);
        assertThat(PriceBand.of(250_000)).isEqualTo(PriceBand.FROM_2500);
        assertThat(PriceBand.FROM_250_TO_1000.maxCents()).isEqualTo(99_999L);
        assertThat(PriceBand.FROM_2500.maxCents()).isNull();
        assertThat(entry(ProviderStatus.ADMITTED).priceBand()).isEqualTo(PriceBand.FROM_1000_TO_2500);
    }
}
