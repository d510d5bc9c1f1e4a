package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class EligibilityTest {

    static final Scheme STAP = Scheme.builtIn(Scheme.STAP_2022);
    static final Scheme STRICT = testScheme("/schemes/strict.scheme");

    static Scheme testScheme(String path) {
        try (InputStream in = EligibilityTest.class.getResourceAsStream(path)) {
            return Scheme.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/schemes/worked-examples.csv", numLinesToSkip = 1)
    void decidesTheWorkedExamples(
            String name,
            String scheme,
            LocalDate birthDate,
            String tied,
            EducationLevel level,
            @Nullable String sector,
            OfferingType type,
            String recognised,
            String admitted,
            String cost,
            LocalDate applicationDate,
            @Nullable LocalDate earlierGrant,
            @Nullable String grant,
            @Nullable String own,
            @Nullable String rules) {
        Scheme chosen = scheme.equals(STAP.id()) ? STAP : STRICT;
        GrantHistory history = earlierGrant == null
                ? GrantHistory.NONE
                : GrantHistory.of(new GrantHistory.EarlierGrant(chosen.id(), earlierGrant));

        Assessment assessment = Eligibility.assess(
                chosen,
                new Applicant(birthDate, tied.equals("yes"), level, sector),
                new OfferingFacts(type, recognised.equals("yes"), admitted.equals("yes"), Money.parse(cost)),
                applicationDate,
                history);

        if (rules == null) {
            assertThat(assessment).isInstanceOf(Assessment.Eligible.class);
            Assessment.Eligible eligible = (Assessment.Eligible) assessment;
            assertThat(eligible.grantAmount()).isEqualTo(Money.parse(grant));
            assertThat(eligible.ownContribution()).isEqualTo(Money.parse(own));
        } else {
            assertThat(assessment).isInstanceOf(Assessment.Ineligible.class);
            assertThat(((Assessment.Ineligible) assessment).ruleIds())
                    .containsExactlyElementsOf(Arrays.asList(rules.split(" ")));
        }
    }

    /** "May I apply in this window?" answers with exactly the rules about the person that the decision gives. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/schemes/worked-examples.csv", numLinesToSkip = 1)
    void theRulesAboutThePersonAreTheOnesTheFullAssessmentGivesInTheSameWords(
            String name,
            String scheme,
            LocalDate birthDate,
            String tied,
            EducationLevel level,
            @Nullable String sector,
            OfferingType type,
            String recognised,
            String admitted,
            String cost,
            LocalDate applicationDate,
            @Nullable LocalDate earlierGrant,
            @Nullable String grant,
            @Nullable String own,
            @Nullable String rules) {
        Scheme chosen = scheme.equals(STAP.id()) ? STAP : STRICT;
        GrantHistory history = earlierGrant == null
                ? GrantHistory.NONE
                : GrantHistory.of(new GrantHistory.EarlierGrant(chosen.id(), earlierGrant));
        Applicant applicant = new Applicant(birthDate, tied.equals("yes"), level, sector);

        List<Reason> aboutThePerson = Eligibility.aboutThePerson(chosen, applicant, applicationDate, history);
        Assessment assessment = Eligibility.assess(
                chosen,
                applicant,
                new OfferingFacts(type, recognised.equals("yes"), admitted.equals("yes"), Money.parse(cost)),
                applicationDate,
                history);

        List<Reason> all = assessment instanceof Assessment.Ineligible ineligible ? ineligible.reasons() : List.of();
        assertThat(aboutThePerson)
                .isEqualTo(all.stream()
                        .filter(r -> r.rule().compareTo(SchemeRule.S1_AGE) >= 0
                                && r.rule().compareTo(SchemeRule.S5_ONCE_PER_YEAR) <= 0)
                        .toList());
    }

    @Test
    void explainsAGrantInDutch() {
        Assessment assessment = Eligibility.assess(
                STAP,
                new Applicant(LocalDate.of(1980, 5, 10), true, EducationLevel.MBO_4, null),
                new OfferingFacts(OfferingType.SHORT_COURSE, false, true, Money.parse("1250.50")),
                LocalDate.of(2022, 3, 1),
                GrantHistory.NONE);

        assertThat(((Assessment.Eligible) assessment).explanation())
                .isEqualTo("U voldoet aan alle voorwaarden van STAP-budget 2022. De kosten die meetellen zijn"
                        + " € 1.250,50. De regeling betaalt 100% daarvan, tot maximaal € 1.000. U krijgt € 1.000."
                        + " Zelf betaalt u € 250,50. De opleider krijgt het geld nadat die heeft laten weten dat u"
                        + " bent begonnen.");
    }

    @Test
    void explainsEveryFailingRuleInDutch() {
        Assessment assessment = Eligibility.assess(
                STAP,
                new Applicant(LocalDate.of(1955, 9, 1), false, EducationLevel.MBO_4, null),
                new OfferingFacts(OfferingType.SHORT_COURSE, false, true, Money.euros(500)),
                LocalDate.of(2022, 6, 1),
                GrantHistory.of(new GrantHistory.EarlierGrant(STAP.id(), LocalDate.of(2022, 3, 15))));

        List<String> explanations = ((Assessment.Ineligible) assessment)
                .reasons().stream().map(Reason::explanation).toList();
        assertThat(explanations)
                .containsExactly(
                        "U heeft op 1 april 2022 de AOW-leeftijd bereikt (66 jaar en 7 maanden). Deze regeling is"
                                + " voor mensen die de AOW-leeftijd nog niet hebben.",
                        "U heeft geen binding met de Nederlandse arbeidsmarkt. Die binding is nodig voor deze"
                                + " regeling. U heeft die binding bijvoorbeeld als u in Nederland woont of werkt.",
                        "U kreeg op 15 maart 2022 al geld uit deze regeling. U kunt dat maar één keer per"
                                + " kalenderjaar krijgen. In 2023 kunt u weer een aanvraag doen.");
    }

    @Test
    void readsTheShippedStapScheme() {
        assertThat(STAP.benefit().maximum()).isEqualTo(Money.euros(1000));
        assertThat(STAP.conditions().minimumAge()).isEqualTo(18);
        assertThat(STAP.conditions().maximumAge()).isInstanceOf(Scheme.UntilStatePensionAge.class);
        assertThat(STAP.conditions().labourMarketTieRequired()).isTrue();
        assertThat(STAP.conditions().oncePerCalendarYear()).isTrue();
        assertThat(STAP.offerings().types()).isEmpty();
        assertThat(STAP.offerings().admittedOnly()).isTrue();
        assertThat(STAP.ownContribution()).isEqualTo(new Scheme.NoOwnContribution());
        assertThat(STAP.lapse().lapsesOn(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 1)))
                .isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void reportsEveryProblemOfASchemeFileWithItsLine() {
        String text = """
                id = Not An Id
                version = 0
                colour = blue
                benefit-percentage = 120%
                """;

        SchemeDataException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                SchemeDataException.class, () -> Scheme.parse(text, "broken.scheme"));

        assertThat(thrown.problems())
                .contains(
                        "line 3: unknown key 'colour'",
                        "line 4: 'benefit-percentage': a percentage is at most 100%, got '120%'",
                        "'lapses' is missing");
        assertThat(thrown.problems()).anyMatch(p -> p.startsWith("line 1: 'id'"));
        assertThat(thrown.problems()).anyMatch(p -> p.startsWith("line 2: 'version'"));
    }
}
