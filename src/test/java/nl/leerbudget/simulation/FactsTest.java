package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds' cost figures (POLICY-FACTS.md F1, F3-F7), each from its scenario file. Where the stated assumptions
 * reproduce the seed's figure the test holds the result to 5% of it. Where they do not, the test holds the result to
 * what the stated assumptions give, computed here a second way from the cohort, and keeps the gap to the seed on
 * record; docs/simulation.md names the assumption that is missing.
 */
class FactsTest {

    private static final int PEOPLE = 100_000;
    private static final long SEED = 2027;
    private static Cohort cohort;

    @BeforeAll
    static void draw() {
        cohort = Cohort.draw(
                SEED, PEOPLE, Scenario.builtIn("basis"), List.of("regressief-2027", "neutraal-2027"), done -> {});
    }

    private static YearFigures firstYear(Scenario scenario) {
        return Simulation.run(scenario, cohort, SEED, year -> {}).first();
    }

    private static double deviation(double computed, double seed) {
        return computed / seed - 1;
    }

    @Test
    void f1StapCostsTwoHundredEighteenMillionAYearForTwoHundredSixteenThousandPeople() {
        YearFigures year = firstYear(Scenario.builtIn("f1-stap"));

        assertThat(deviation(year.publicCents() / 100.0, 218e6)).isCloseTo(0, within(0.05));
        assertThat(deviation(year.grants(), 216_000)).isCloseTo(0, within(0.05));
    }

    @Test
    void f3SpreadOverWorkingPeopleWithABasicQualificationTheStapBudgetIsMoreThanTheSeedsTwentyEuros() {
        YearFigures year = firstYear(Scenario.builtIn("f3-stap-per-werkende"));
        long qualifiedWorkers = 0;
        for (int i = 0; i < PEOPLE; i++) {
            if (cohort.position(i).working()
                    && (cohort.level(i) == EducationLevel.MIDDLE || cohort.level(i) == EducationLevel.HIGH)) {
                qualifiedWorkers++;
            }
        }
        double workers = qualifiedWorkers * cohort.weight();
        double perPerson = year.publicCents() / 100.0 / workers;

        // The seed's "ruim € 20" needs about 10 million working people with a basic qualification; the stated CBS
        // shares give fewer (docs/simulation.md, F3).
        assertThat(workers).isBetween(6.0e6, 8.0e6);
        assertThat(deviation(perPerson, 20)).as("gap to the seed, on record").isGreaterThan(0.05);
    }

    @Test
    void f4TheSapAccountCostsTheStateItsYearlyDepositsForEveryWorkerUpToMboFour() {
        Scenario scenario = Scenario.builtIn("f4-sap");
        YearFigures year = firstYear(scenario);
        long target = 0;
        for (int i = 0; i < PEOPLE; i++) {
            if (cohort.position(i).working()
                    && cohort.level[i] <= EducationLevel.MIDDLE.ordinal()
                    && cohort.adultDay[i] <= scenario.start().plusMonths(6).toEpochDay()
                    && cohort.pensionDay[i] > scenario.start().plusMonths(6).toEpochDay()) {
                target++;
            }
        }
        double expected = target * cohort.weight() * 346.94;

        assertThat(deviation(target * cohort.weight(), 4.4e6))
                .as("the target group against the seed's 4,4 mln")
                .isCloseTo(0, within(0.15));
        assertThat(year.publicCents() / 100.0).isCloseTo(expected, within(expected * 0.001));
        assertThat(deviation(year.publicCents() / 100.0, 1.1e9))
                .as("gap to the seed, on record")
                .isGreaterThan(0.05);
    }

    @Test
    void f5RegressiveRightsCostInProportionToTheirUtilisation() {
        double full = rightsCost("f5-regressief", "1");
        double half = rightsCost("f5-regressief", "0.5");
        double quarter = rightsCost("f5-regressief", "0.25");

        assertThat(full).isCloseTo(expectedRightsCost("regressief-2027", 1.0), within(full * 0.03));
        assertThat(quarter).isCloseTo(expectedRightsCost("regressief-2027", 0.25), within(quarter * 0.03));
        assertThat(half / full).isCloseTo(0.95 / 1.9, within(0.03));
        assertThat(quarter / full).isCloseTo(0.47 / 1.9, within(0.03));
        assertThat(deviation(full, 1.9e9)).as("gap to the seed, on record").isGreaterThan(0.05);
    }

    @Test
    void f6NeutralRightsOfFifteenThousandCostInProportionToTheirUtilisation() {
        double full = rightsCost("f6-neutraal", "1");
        double half = rightsCost("f6-neutraal", "0.5");
        double quarter = rightsCost("f6-neutraal", "0.25");

        assertThat(full).isCloseTo(expectedRightsCost("neutraal-2027", 1.0), within(full * 0.03));
        assertThat(quarter).isCloseTo(expectedRightsCost("neutraal-2027", 0.25), within(quarter * 0.03));
        assertThat(half / full).isCloseTo(0.9 / 1.8, within(0.03));
        assertThat(quarter / full).isCloseTo(0.45 / 1.8, within(0.03));
        assertThat(deviation(full, 1.8e9)).as("gap to the seed, on record").isGreaterThan(0.05);
    }

    @Test
    void f7AllDepositsIntoTheSapAccountAgainstTheEstimateOfOnePointTwoBillionOfWhichFortyPercentPublic() {
        YearFigures year = firstYear(Scenario.builtIn("f7-leerrekening"));
        double all = (year.publicCents() + year.privateCents()) / 100.0;

        assertThat(year.publicCents() / (double) (year.publicCents() + year.privateCents()))
                .as("public share, 'ruim 40%'")
                .isBetween(0.40, 0.50);
        assertThat(deviation(all, 1.2e9)).as("gap to the seed, on record").isGreaterThan(0.05);
    }

    /** The cost of the rights in the first year with another utilisation, as a change on top of the fact's file. */
    private static double rightsCost(String fact, String utilisation) {
        Scenario changed = Scenario.parse(
                fact + "-" + utilisation.replace('.', '-'),
                "name = " + fact + " bij " + utilisation + "\nbaseline = " + fact + "\nright.utilisation = "
                        + utilisation + " share | seed 003, par. 3.5\n",
                Scenario::builtIn);
        return firstYear(changed).publicCents() / 100.0;
    }

    /**
     * The expected use of the rights in the first year, computed from the cohort without the simulator's draws: for
     * every holder whose right runs on 1 July, the utilisation's share of the right spread over its years, times the
     * holder's propensity (at most the right; the chance of training at most 1).
     */
    private static double expectedRightsCost(String policy, double utilisation) {
        int p = cohort.policyIndex(policy);
        int first = (int) java.time.LocalDate.of(2027, 1, 1).toEpochDay();
        int today = (int) java.time.LocalDate.of(2027, 7, 1).toEpochDay();
        int last = (int) java.time.LocalDate.of(2027, 12, 31).toEpochDay();
        double sum = 0;
        for (int i = 0; i < PEOPLE; i++) {
            long amount = cohort.rightCents[p][i];
            if (amount > 0 && cohort.rightFrom[p][i] <= last && cohort.rightUntil[p][i] >= today) {
                double years = Math.max(1, (cohort.rightUntil[p][i] - cohort.rightFrom[p][i] + 1) / 365.25);
                double expected = utilisation * amount / 100.0 / years * cohort.propensity[i] / 1000.0;
                double chance = Math.min(1, Math.max(0.25, utilisation / years) * cohort.propensity[i] / 1000.0);
                sum += chance * Math.min(amount / 100.0, expected / chance);
            }
        }
        return sum * cohort.weight();
    }
}
