package nl.leerbudget.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class EntitlementTest {

    static final RightsPolicy REGRESSIVE = RightsPolicy.builtIn(RightsPolicy.REGRESSIVE_2027);
    static final RightsPolicy NEUTRAL = RightsPolicy.builtIn(RightsPolicy.NEUTRAL_2027);
    static final ReferenceCosts COSTS = ReferenceCosts.standard();
    static final PersonId PERSON = new PersonId(UUID.fromString("00000000-0000-4000-8000-000000000001"));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/rights/worked-examples.csv")
    void computesTheWorkedExamples(
            String name,
            LocalDate birthDate,
            String history,
            String regressive,
            LocalDate regressiveFrom,
            String neutral,
            LocalDate neutralFrom,
            LocalDate validUntil,
            String arithmetic) {
        EducationHistory education = EducationHistory.parse(PERSON, 1, history);

        expect(Entitlement.assess(REGRESSIVE, COSTS, birthDate, education), regressive, regressiveFrom, validUntil);
        expect(Entitlement.assess(NEUTRAL, COSTS, birthDate, education), neutral, neutralFrom, validUntil);
    }

    private static void expect(Assessment assessment, String amount, LocalDate from, LocalDate until) {
        if (amount.equals("none")) {
            assertThat(assessment).isInstanceOf(Assessment.NotEntitled.class);
            return;
        }
        assertThat(assessment).isInstanceOf(Assessment.Entitled.class);
        LearningRight right = ((Assessment.Entitled) assessment).right();
        assertThat(right.amount()).isEqualTo(Money.parse(amount));
        assertThat(right.validFrom()).isEqualTo(from);
        assertThat(right.validUntil()).isEqualTo(until);
    }

    @Test
    void explainsTheRegressiveRightLineByLineInDutch() {
        EducationHistory history = EducationHistory.parse(
                PERSON,
                1,
                "VO:2006-08-01..2010-07-31:funded:diploma;MBO4-BOL:2010-08-01..2014-07-31:funded:diploma;"
                        + "HBO-BACHELOR:2014-09-01..2015-06-30:unfunded:no-diploma");

        LearningRight right = entitled(REGRESSIVE, LocalDate.of(1993, 11, 5), history);

        assertThat(right.trace().text()).isEqualTo("""
                        Berekend met beleid regressief-2027 (versie 1) en kostentabel 2026.1.
                        Iedereen heeft in zijn leven recht op € 44.000 aan onderwijs dat de overheid betaalt. \
                        Wat de overheid al betaalde voor uw opleidingen in mbo, hbo en wo, gaat daar af.
                        voortgezet onderwijs, augustus 2006 – juli 2010, met diploma: dit soort onderwijs telt in dit beleid niet mee.
                        mbo niveau 4 (op school, bol), augustus 2010 – juli 2014, met diploma: 48 maanden betaald door de overheid.
                          2010: 5 maanden × € 8.200 per jaar = € 3.416,66 (schatting)
                          2011: 1 jaar × € 8.300 = € 8.300 (schatting)
                          2012–2013: 2 jaar × € 8.400 = € 16.800 (schatting)
                          2014: 7 maanden × € 8.600 per jaar = € 5.016,66 (schatting)
                          Samen gebruikt: € 33.533,33.
                        hbo-bachelor, september 2014 – juni 2015, zonder diploma: niet bekostigd, telt niet mee.
                        Totaal gebruikt: € 33.533,33.
                        Bedragen zijn naar beneden afgerond op hele centen. Het totaal is eerst precies opgeteld en \
                        daarna afgerond.
                        Over: € 44.000 − € 33.533,33 = € 10.466,67.
                        Bedragen met (schatting) zijn aannames: er is nog geen officieel cijfer voor.
                        Uw leerrecht: € 10.466,67.
                        Het leerrecht begint op 1 januari 2027. Dat is de laatste van deze data:
                          De dag na het einde van uw initiële onderwijs (juni 2015): 1 juli 2015.
                          De dag dat u 18 jaar wordt: 5 november 2011.
                          De dag dat het beleid ingaat: 1 januari 2027.
                        Het leerrecht loopt tot en met 4 februari 2061: de dag voordat u de AOW-leeftijd bereikt \
                        (67 jaar en 3 maanden).
                        U kunt het leerrecht gebruiken voor diploma-opleidingen, mbo-certificaten en \
                        microcredentials. Alleen opleidingen die OCW erkent, tellen mee. U betaalt dezelfde prijs \
                        als studenten in het initiële onderwijs.""");
        assertThat(right.basis()).isEqualTo(new RightBasis("regressief-2027", 1, "2026.1", 1));
        assertThat(right.trace().lines())
                .filteredOn(line -> line.rule().equals("cost.segment"))
                .allSatisfy(line -> assertThat(line.source()).startsWith("Aanname"));
    }

    @Test
    void saysWhenAYearIsOutsideTheTable() {
        EducationHistory history = EducationHistory.parse(PERSON, 1, "MBO3-BBL:1977-08-01..1980-07-31:funded:diploma");

        LearningRight right = entitled(REGRESSIVE, LocalDate.of(1960, 11, 15), history);

        assertThat(right.trace().text())
                .contains("1977–1980: 3 jaar × € 4.000 = € 12.000 (schatting)")
                .contains("Voor 1977–1980 staat geen bedrag in de tabel. We gebruiken het bedrag van 2010, het jaar dat"
                        + " het dichtst bij ligt.");
    }

    @Test
    void explainsTheNeutralRightWithoutTheHistory() {
        EducationHistory history = EducationHistory.parse(PERSON, 1, "WO-MASTER:2015-09-01..2016-08-31:funded:diploma");

        LearningRight right = entitled(NEUTRAL, LocalDate.of(1994, 7, 7), history);

        assertThat(right.amount()).isEqualTo(Money.euros(15_000));
        assertThat(right.trace().text())
                .contains("Iedereen krijgt hetzelfde bedrag om te leren na de initiële opleiding: € 15.000.")
                .contains("Welke opleidingen u eerder deed, maakt bij dit beleid niet uit.")
                .doesNotContain("wo-master");
    }

    @Test
    void refusesARightThatWouldEndBeforeItStarts() {
        Assessment assessment = Entitlement.assess(
                REGRESSIVE, COSTS, LocalDate.of(1958, 1, 1), EducationHistory.of(PERSON, java.util.List.of()));

        assertThat(assessment).isInstanceOfSatisfying(Assessment.NotEntitled.class, refusal -> {
            assertThat(refusal.rule()).isEqualTo("validity.pension-age-reached");
            assertThat(refusal.reason())
                    .isEqualTo("U bereikt de AOW-leeftijd op 1 januari 2025. Het leerrecht zou pas beginnen op 1"
                            + " januari 2027. Daarom heeft u geen leerrecht.");
            assertThat(refusal.trace().mentions("validity.pension-age")).isTrue();
        });
    }

    @Test
    void deductsSecondaryEducationWhenThePolicySaysSo() {
        RightsPolicy withVo = policy("""
                deducted-sectors = VO, MBO, HBO, WO
                valuation = study-year
                """);
        EducationHistory history = EducationHistory.parse(PERSON, 1, "VO:2015-01-01..2016-12-31:funded:diploma");

        LearningRight right = entitled(withVo, LocalDate.of(2000, 1, 1), history);

        // 2015: 12 x 7400 / 12 + 2016: 12 x 7500 / 12 = 14900; 44000 - 14900.
        assertThat(right.amount()).isEqualTo(Money.euros(29_100));
        assertThat(right.trace().text())
                .contains("Wat de overheid al betaalde voor uw opleidingen in voortgezet"
                        + " onderwijs, mbo, hbo en wo, gaat daar af.");
    }

    @Test
    void valuesEveryMonthAtOnePriceYearWhenThePolicySaysSo() {
        RightsPolicy atPrices2026 = policy("""
                deducted-sectors = MBO, HBO, WO
                valuation = price-year 2026
                """);
        EducationHistory history = EducationHistory.parse(PERSON, 1, "MBO4-BOL:2010-08-01..2014-07-31:funded:diploma");

        LearningRight right = entitled(atPrices2026, LocalDate.of(1993, 11, 5), history);

        // 48 months x 12600 (mbo bol 2026) / 12 = 50400 > 44000: nothing left.
        assertThat(right.amount()).isEqualTo(Money.ZERO);
        assertThat(right.trace().text())
                .contains("Alle maanden tellen met de bedragen van 2026.")
                .contains("2010–2014: 4 jaar × € 12.600 = € 50.400 (schatting)")
                .contains("U heeft meer gebruikt dan € 44.000. Uw leerrecht is daarom € 0. Het wordt nooit minder"
                        + " dan nul.");
    }

    @Test
    void countsAMonthOnlyWhenThePeriodIncludesItsFirstDay() {
        EducationHistory history =
                EducationHistory.parse(PERSON, 1, "HBO-MASTER:2020-09-15..2021-09-14:funded:diploma");

        LearningRight right = entitled(REGRESSIVE, LocalDate.of(1995, 1, 1), history);

        // Not September 2020 (the period starts on the 15th), but September 2021 (it includes the 1st).
        assertThat(right.trace().text())
                .contains("hbo-master, september 2020 – september 2021, met diploma: 12 maanden betaald door de"
                        + " overheid.")
                .contains("2020: 3 maanden × € 7.200 per jaar = € 1.800 (schatting)")
                .contains("2021: 9 maanden × € 7.400 per jaar = € 5.550 (schatting)")
                .contains("Totaal gebruikt: € 7.350.")
                .contains("Het leerrecht is nooit meer dan € 35.000. Uw leerrecht is daarom € 35.000.");
    }

    @Test
    void countsAMonthOfTwoFundedPeriodsOnceAtTheDearerOne() {
        EducationHistory history = EducationHistory.parse(
                PERSON,
                1,
                "MBO1-BBL:2015-01-01..2015-12-31:funded:no-diploma;MBO1-BOL:2015-07-01..2016-06-30:funded:diploma");

        LearningRight right = entitled(REGRESSIVE, LocalDate.of(1990, 1, 1), history);

        // bbl January to June 2015: 6 x 4300 / 12 = 2150; bol July 2015 to June 2016: 4400 + 4500 = 8900.
        assertThat(right.amount()).isEqualTo(Money.euros(44_000 - 2_150 - 8_900));
        assertThat(right.trace().text())
                .contains(
                        "mbo niveau 1 (werken en leren, bbl), januari 2015 – december 2015, zonder diploma: 6 maanden betaald door de"
                                + " overheid.")
                .contains("6 maanden vallen samen met een andere opleiding die de overheid betaalde. Die tellen maar"
                        + " één keer, bij de duurste opleiding.")
                .contains(
                        "mbo niveau 1 (op school, bol), juli 2015 – juni 2016, met diploma: 12 maanden betaald door de overheid.");
    }

    @Test
    void givesTheSameRightAndExplanationForTheSameInputs() {
        EducationHistory history = EducationHistory.parse(
                PERSON,
                3,
                "MBO2-BOL:2011-08-01..2013-07-31:funded:diploma;HBO-AD:2014-09-01..2016-08-31:funded:diploma");

        assertThat(Entitlement.assess(REGRESSIVE, COSTS, LocalDate.of(1995, 2, 10), history))
                .isEqualTo(Entitlement.assess(REGRESSIVE, COSTS, LocalDate.of(1995, 2, 10), history));
    }

    static LearningRight entitled(RightsPolicy policy, LocalDate birthDate, EducationHistory history) {
        Assessment assessment = Entitlement.assess(policy, COSTS, birthDate, history);
        assertThat(assessment).isInstanceOf(Assessment.Entitled.class);
        return ((Assessment.Entitled) assessment).right();
    }

    /** A regressive test policy like regressief-2027, without a cap, with the given deduction lines. */
    private static RightsPolicy policy(String deduction) {
        return RightsPolicy.parse("""
                id = test-regressive
                version = 1
                description = Test
                effective-from = 2027-01-01
                variant = regressive
                lifetime-entitlement = 44000
                start = after-initial-education
                minimum-age = 18
                initial-education-gap-months = 12
                pension-age = 2024:67y, 2028:67y3m
                recognised-only = yes
                offering-types = all
                price-basis = initial-phase
                """ + deduction, "test.policy");
    }
}
