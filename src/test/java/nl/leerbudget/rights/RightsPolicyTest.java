package nl.leerbudget.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.StatePensionAge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RightsPolicyTest {

    private static final RightConditions OCW_AT_INITIAL_PRICES = new RightConditions(
            Set.of(OfferingType.DIPLOMA_PROGRAMME, OfferingType.MBO_CERTIFICATE, OfferingType.MICROCREDENTIAL),
            true,
            RightConditions.PriceBasis.INITIAL_PHASE);

    private static final StatePensionAge AOW =
            new StatePensionAge(List.of(new StatePensionAge.Step(2024, 67, 0), new StatePensionAge.Step(2028, 67, 3)));

    @Test
    void readsTheShippedRegressivePolicy() {
        RightsPolicy policy = RightsPolicy.builtIn(RightsPolicy.REGRESSIVE_2027);

        assertThat(policy.id()).isEqualTo("regressief-2027");
        assertThat(policy.version()).isEqualTo(1);
        assertThat(policy.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(policy.variant())
                .isEqualTo(new RightsPolicy.Regressive(
                        Money.euros(44_000),
                        Money.euros(35_000),
                        Set.of(EducationSector.MBO, EducationSector.HBO, EducationSector.WO),
                        new RightsPolicy.StudyYearPrices()));
        assertThat(policy.start()).isEqualTo(new RightsPolicy.AfterInitialEducation(18, 12));
        assertThat(policy.pensionAge()).isEqualTo(AOW);
        assertThat(policy.conditions()).isEqualTo(OCW_AT_INITIAL_PRICES);
    }

    @Test
    void readsTheShippedNeutralPolicy() {
        RightsPolicy policy = RightsPolicy.builtIn(RightsPolicy.NEUTRAL_2027);

        assertThat(policy.id()).isEqualTo("neutraal-2027");
        assertThat(policy.variant()).isEqualTo(new RightsPolicy.Neutral(Money.euros(15_000)));
        assertThat(policy.start()).isEqualTo(new RightsPolicy.AtAge(18));
        assertThat(policy.pensionAge()).isEqualTo(AOW);
        assertThat(policy.conditions()).isEqualTo(OCW_AT_INITIAL_PRICES);
    }

    @Test
    void readsAPriceYearNoDeductionsAndAnyOffering() {
        RightsPolicy policy = RightsPolicy.parse("""
                # a variant for the simulator
                id = regressief-2027-prijspeil
                version = 2
                description = Alles tegen de bedragen van 2026
                effective-from = 2027-01-01
                variant = regressive
                lifetime-entitlement = 50000.50
                deducted-sectors = none
                valuation = price-year 2026
                start = at-age
                start-age = 25
                pension-age = 2024:67y
                recognised-only = no
                offering-types = all
                price-basis = market
                """, "t.policy");

        assertThat(policy.variant())
                .isEqualTo(new RightsPolicy.Regressive(
                        Money.cents(5_000_050), null, Set.of(), new RightsPolicy.PriceYear(2026)));
        assertThat(policy.start()).isEqualTo(new RightsPolicy.AtAge(25));
        assertThat(policy.conditions())
                .isEqualTo(new RightConditions(Set.of(), false, RightConditions.PriceBasis.MARKET));
    }

    @Test
    void reportsEveryProblemWithItsLineNumber() {
        String text = """
                id = Not An Id
                version = 0
                description = x
                effective-from = 2027-13-01
                variant = regressive
                lifetime-entitlement = 44.000
                cap = -1
                deducted-sectors = MBO, ROC
                valuation = yesterday
                amount = 15000
                start = after-initial-education
                start-age = 18
                minimum-age = 18
                initial-education-gap-months = 12
                pension-age = 2028:67y3m, 2024:67y
                recognised-only = ja
                offering-types = DIPLOMA_PROGRAMME, COOKING
                price-basis = initial-phase
                price-basis = market
                colour = blue
                this line has no equals sign
                """;

        assertThatThrownBy(() -> RightsPolicy.parse(text, "bad.policy"))
                .isInstanceOfSatisfying(
                        RightsDataException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "line 19: 'price-basis' is given twice (first on line 18)",
                                        "line 20: unknown key 'colour'",
                                        "line 21: expected 'key = value', got 'this line has no equals sign'",
                                        "line 1: 'id': expected 1 to 64 lower-case letters, digits, '.' or '-', starting"
                                                + " with a letter or digit, got 'Not An Id'",
                                        "line 2: 'version': expected a number from 1 on, got '0'",
                                        "line 4: 'effective-from': expected a date as yyyy-mm-dd, got '2027-13-01'",
                                        "line 15: 'pension-age': the steps of an AOW age schedule are in order of year",
                                        "line 16: 'recognised-only': expected yes or no, got 'ja'",
                                        "line 17: 'offering-types': unknown offering type 'COOKING' (known:"
                                                + " DIPLOMA_PROGRAMME, MBO_CERTIFICATE, MICROCREDENTIAL, SHORT_COURSE,"
                                                + " EVC_PROCEDURE, CAREER_ADVICE, or 'all')",
                                        "line 10: 'amount' belongs to a neutral policy",
                                        "line 6: 'lifetime-entitlement': expected an amount in euros such as 15000 or"
                                                + " 15000.00, got '44.000'",
                                        "line 7: 'cap': an amount is not negative, got '-1'",
                                        "line 8: 'deducted-sectors': unknown sector 'ROC' (known: VO, MBO, HBO, WO, or"
                                                + " 'none')",
                                        "line 9: 'valuation': expected 'study-year' or 'price-year <year>', got"
                                                + " 'yesterday'",
                                        "line 12: 'start-age' belongs to start = at-age"))
                .hasMessageStartingWith("bad.policy: ");
    }

    @Test
    void reportsMissingKeysAndAnInvalidId() {
        assertThatThrownBy(() -> RightsPolicy.parse("variant = neutral\nstart = at-age\n", "empty.policy"))
                .isInstanceOfSatisfying(
                        RightsDataException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "'id' is missing",
                                        "'version' is missing",
                                        "'description' is missing",
                                        "'effective-from' is missing",
                                        "'pension-age' is missing",
                                        "'recognised-only' is missing",
                                        "'offering-types' is missing",
                                        "'price-basis' is missing",
                                        "'amount' is missing",
                                        "'start-age' is missing"));
        assertThatThrownBy(() -> RightsPolicy.builtIn("../secrets")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "born {0}: AOW age reached on {1}")
    @CsvSource({
        // 67 years for whoever reaches it before 2028; 67 years and 3 months from 2028 on.
        "1960-11-15, 2027-11-15",
        "1960-12-31, 2027-12-31",
        "1961-01-01, 2028-04-01",
        "1970-06-30, 2037-09-30",
        "2000-11-30, 2068-02-29",
    })
    void takesTheAowAgeOfTheYearInWhichItIsReached(LocalDate birthDate, LocalDate reached) {
        assertThat(AOW.reachedOn(birthDate)).isEqualTo(reached);
    }

    @Test
    void refusesAnAowAgeThatGoesDown() {
        assertThatThrownBy(() -> new StatePensionAge(
                        List.of(new StatePensionAge.Step(2024, 67, 3), new StatePensionAge.Step(2028, 67, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the AOW age does not go down");
    }
}
