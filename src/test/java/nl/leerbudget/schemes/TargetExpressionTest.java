package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.leerbudget.schemes.domain.TargetExpressionReader;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TargetExpressionTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/schemes/targeting-examples.csv", numLinesToSkip = 1)
    void decidesTheWorkedExamplesOfEveryTargetingRule(
            String name,
            String expression,
            LocalDate birthDate,
            LocalDate day,
            @Nullable String positions,
            @Nullable String sector,
            EducationLevel level,
            String literacy,
            OfferingType type,
            @Nullable String fields,
            String followOnYear,
            String included,
            @Nullable String rules) {
        TargetExpression group = TargetExpressionReader.read(expression);
        TargetExpression.Subject subject = new TargetExpression.Subject(
                new Applicant(birthDate, true, level, sector, positions(positions), literacy.equals("yes")),
                day,
                new OfferingFacts(type, true, true, Money.euros(1000), words(fields)),
                followOnYear.equals("yes"));

        List<Reason> unmet = new ArrayList<>(group.unmetByThePerson(subject));
        unmet.addAll(group.unmetByTheOffering(subject));

        assertThat(group.includes(subject)).isEqualTo(included.equals("yes"));
        assertThat(unmet.stream().map(Reason::ruleId).toList())
                .containsExactlyElementsOf(rules == null ? List.of() : Arrays.asList(rules.split(" ")));
        assertThat(unmet).allSatisfy(reason -> assertThat(reason.explanation()).endsWith("."));
    }

    @Test
    void theReasonsSpeakDutchAboutThePersonAndTheGroup() {
        TargetExpression group =
                TargetExpressionReader.read("age from 50 and position in job-seeker, benefit-recipient");
        TargetExpression.Subject subject = new TargetExpression.Subject(
                new Applicant(
                        LocalDate.of(1990, 5, 1),
                        true,
                        EducationLevel.MBO_2,
                        null,
                        Set.of(LabourMarketPosition.EMPLOYED),
                        false),
                LocalDate.of(2027, 3, 1),
                null,
                false);

        List<Reason> reasons = group.unmetByThePerson(subject);

        assertThat(reasons).extracting(Reason::ruleId).containsExactly("T1", "T2");
        assertThat(reasons.get(0).explanation())
                .isEqualTo("Op 1 maart 2027 bent u 36 jaar. Deze regeling is voor mensen van 50 jaar en ouder.");
        assertThat(reasons.get(1).explanation())
                .startsWith("Deze regeling is voor mensen die werkzoekend zijn of een uitkering hebben.");
        assertThat(group.dutch())
                .isEqualTo("mensen van 50 jaar en ouder en die werkzoekend zijn of een uitkering hebben");
    }

    @Test
    void aGroupThatLooksAtTheOfferingIncludesNobodyBeforeTheOfferingIsChosen() {
        TargetExpression care = TargetExpressionReader.read("offering-field in zorg");
        TargetExpression.Subject withoutOffering = new TargetExpression.Subject(
                new Applicant(LocalDate.of(1980, 1, 1), true, EducationLevel.MBO_2, null),
                LocalDate.of(2027, 1, 1),
                null,
                false);

        assertThat(care.includes(withoutOffering)).isFalse();
        assertThat(care.unmetByThePerson(withoutOffering)).isEmpty();
        assertThat(care.dutch()).isEqualTo("opleidingen die opleiden voor werk in het vakgebied zorg");
    }

    @Test
    void onlyAGroupOfBenefitRecipientsAsksForTheBenefitFacts() {
        assertThat(TargetExpressionReader.read("position in job-seeker, benefit-recipient")
                        .asksForBenefits())
                .isTrue();
        assertThat(TargetExpressionReader.read("position in job-seeker and age from 50")
                        .asksForBenefits())
                .isFalse();
        assertThat(TargetExpression.EVERYONE.asksForBenefits()).isFalse();
    }

    @Test
    void refusesWhatIsNotACriterionWithTheWrongPart() {
        assertThatThrownBy(() -> TargetExpressionReader.read("age from 50 and height over 180"))
                .hasMessageContaining("'height over 180' is not a criterion");
        assertThatThrownBy(() -> TargetExpressionReader.read("position in unemployed"))
                .hasMessageContaining("unknown labour-market position 'unemployed'");
        assertThatThrownBy(() -> TargetExpressionReader.read("education-level up-to HBO"))
                .hasMessageContaining("unknown education level 'HBO'");
        assertThatThrownBy(() -> TargetExpressionReader.read("age from 60 to 50"))
                .hasMessageContaining("ends at or after its start");
        assertThatThrownBy(() -> TargetExpressionReader.read("age from 50 and age to 60"))
                .hasMessageContaining("each kind of criterion once");
        assertThatThrownBy(() -> TargetExpressionReader.read("offering-type in LECTURE"))
                .hasMessageContaining("unknown offering type 'LECTURE'");
    }

    static Set<LabourMarketPosition> positions(@Nullable String codes) {
        Set<LabourMarketPosition> positions = EnumSet.noneOf(LabourMarketPosition.class);
        for (String code : words(codes)) {
            positions.add(LabourMarketPosition.ofCode(code));
        }
        return positions;
    }

    static Set<String> words(@Nullable String text) {
        return text == null ? Set.of() : Set.of(text.split(" "));
    }
}
