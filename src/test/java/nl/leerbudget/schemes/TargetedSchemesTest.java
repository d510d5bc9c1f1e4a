package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TargetedSchemesTest {

    static final Scheme CARE = Scheme.builtIn("omscholing-zorg-2027");
    static final Scheme BENEFIT = Scheme.builtIn("leerbudget-uitkering-utrecht-2027");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/schemes/targeted-scheme-examples.csv", numLinesToSkip = 1)
    void decidesTheWorkedExamplesOfTheTargetedSchemes(
            String name,
            String scheme,
            LocalDate birthDate,
            @Nullable String positions,
            @Nullable String sector,
            EducationLevel level,
            OfferingType type,
            @Nullable String fields,
            String cost,
            LocalDate applicationDate,
            @Nullable LocalDate earlierGrant,
            @Nullable String grant,
            @Nullable String coFinancing,
            @Nullable String own,
            @Nullable String rules) {
        Scheme chosen = scheme.equals(CARE.id()) ? CARE : BENEFIT;
        GrantHistory history = earlierGrant == null
                ? GrantHistory.NONE
                : GrantHistory.of(new GrantHistory.EarlierGrant(chosen.id(), earlierGrant));
        Applicant applicant =
                new Applicant(birthDate, true, level, sector, TargetExpressionTest.positions(positions), false);

        Assessment assessment = Eligibility.assess(
                chosen,
                applicant,
                new OfferingFacts(type, false, true, Money.parse(cost), TargetExpressionTest.words(fields)),
                applicationDate,
                history);

        if (rules == null) {
            assertThat(assessment).isInstanceOf(Assessment.Eligible.class);
            Assessment.Eligible eligible = (Assessment.Eligible) assessment;
            assertThat(eligible.grantAmount()).isEqualTo(Money.parse(grant));
            assertThat(eligible.coFinancing()).isEqualTo(Money.parse(coFinancing));
            assertThat(eligible.ownContribution()).isEqualTo(Money.parse(own));
            assertThat(eligible.grantAmount().plus(eligible.coFinancing()).plus(eligible.ownContribution()))
                    .isEqualTo(Money.parse(cost));
        } else {
            assertThat(assessment).isInstanceOf(Assessment.Ineligible.class);
            assertThat(((Assessment.Ineligible) assessment).ruleIds())
                    .containsExactlyElementsOf(Arrays.asList(rules.split(" ")));
            // What "may I apply?" says about the person is part of what the decision says, in the same words.
            List<Reason> aboutThePerson = Eligibility.aboutThePerson(chosen, applicant, applicationDate, history);
            assertThat(((Assessment.Ineligible) assessment).reasons()).containsAll(aboutThePerson);
        }
    }

    @Test
    void theCareSchemeExplainsWhatTheEmployerPays() {
        Assessment assessment = Eligibility.assess(
                CARE,
                new Applicant(
                        LocalDate.of(1992, 12, 1),
                        true,
                        EducationLevel.MBO_2,
                        "bouw",
                        java.util.Set.of(LabourMarketPosition.EMPLOYED),
                        false),
                new OfferingFacts(
                        OfferingType.DIPLOMA_PROGRAMME, true, true, Money.euros(9000), java.util.Set.of("zorg")),
                LocalDate.of(2027, 3, 1),
                GrantHistory.NONE);

        assertThat(((Assessment.Eligible) assessment).explanation())
                .contains(
                        "De regeling betaalt 50% daarvan, tot maximaal € 3.750.",
                        "Uw werkgever betaalt 50%: € 4.500 (cofinanciering).",
                        "U krijgt € 3.750.",
                        "Zelf betaalt u € 750.");
    }

    @Test
    void aFollowOnYearIsAYearAfterAGrantWithinTheProgrammeAndNotTheYearOfTheGrant() {
        GrantHistory granted2027 = GrantHistory.of(new GrantHistory.EarlierGrant(CARE.id(), LocalDate.of(2027, 3, 1)));

        assertThat(Eligibility.followOnYear(CARE, granted2027, LocalDate.of(2027, 9, 1)))
                .isFalse();
        assertThat(Eligibility.followOnYear(CARE, granted2027, LocalDate.of(2028, 1, 2)))
                .isTrue();
        assertThat(Eligibility.followOnYear(CARE, granted2027, LocalDate.of(2029, 6, 1)))
                .isTrue();
        assertThat(Eligibility.followOnYear(CARE, granted2027, LocalDate.of(2030, 1, 2)))
                .as("a programme of three years ends after 2029")
                .isFalse();
        assertThat(Eligibility.followOnYear(BENEFIT, granted2027, LocalDate.of(2028, 1, 2)))
                .as("another scheme's grant")
                .isFalse();
    }
}
