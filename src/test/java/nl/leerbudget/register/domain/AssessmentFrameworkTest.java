package nl.leerbudget.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.leerbudget.register.Finding;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.shared.OfferingType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AssessmentFrameworkTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** Similar short courses cost about EUR 30 an hour. */
    private static final List<Long> SIMILAR = List.of(2800L, 2900L, 3000L, 3100L, 3200L, 3300L);

    @ParameterizedTest(name = "{3}: {14}")
    @CsvFileSource(resources = "/register/assessment-framework.csv", numLinesToSkip = 0)
    void findsWhatTheFrameworkSays(
            String providerStatus,
            String mark,
            String type,
            String name,
            String description,
            Integer level,
            int studyLoad,
            String unit,
            long priceCents,
            long eligibleCents,
            String modality,
            String location,
            boolean recognised,
            String fields,
            String expected) {
        QualityMark quality = mark.equals("EXPIRED")
                ? new QualityMark(QualityMark.Scheme.NRTO, null, TODAY.minusYears(3), TODAY.minusDays(1))
                : new QualityMark(QualityMark.Scheme.valueOf(mark), null, TODAY.minusYears(1), TODAY.plusYears(2));
        var offering = new OfferingDetails(
                OfferingType.valueOf(type),
                name,
                description,
                level,
                studyLoad,
                OfferingDetails.StudyLoadUnit.valueOf(unit),
                priceCents,
                0,
                eligibleCents,
                OfferingDetails.Modality.valueOf(modality),
                location,
                List.of(TODAY.plusMonths(2)),
                null,
                List.of(fields),
                List.of(),
                recognised);

        List<Finding> findings = AssessmentFramework.check(
                new AssessmentFramework.Provider(ProviderStatus.valueOf(providerStatus), List.of(quality)),
                offering,
                offering.type() == OfferingType.SHORT_COURSE ? SIMILAR : List.of(),
                TODAY);

        List<String> rules = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(findings).extracting(Finding::ruleId).containsExactlyElementsOf(rules);
        assertThat(findings).allSatisfy(f -> assertThat(f.explanation()).isNotBlank());
    }
}
