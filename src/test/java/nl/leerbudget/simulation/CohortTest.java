package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CohortTest {

    private static final int PEOPLE = 40_000;
    private static Scenario basis;
    private static Cohort cohort;

    @BeforeAll
    static void draw() {
        basis = Scenario.builtIn("basis");
        cohort = Cohort.draw(2027, PEOPLE, basis, List.of("neutraal-2027"), done -> {});
    }

    @Test
    void theSameSeedDrawsTheSamePeopleWithTheSamePositionsSectorsAndPropensities() {
        Cohort again = Cohort.draw(2027, PEOPLE, basis, List.of("neutraal-2027"), done -> {});
        assertThat(again.position).isEqualTo(cohort.position);
        assertThat(again.sector).isEqualTo(cohort.sector);
        assertThat(again.propensity).isEqualTo(cohort.propensity);
        assertThat(again.birthDay).isEqualTo(cohort.birthDay);
        assertThat(again.rightCents[0]).isEqualTo(cohort.rightCents[0]);
    }

    @Test
    void theCohortIsTheSameWhateverTheNumberOfThreads() {
        List<String> policies = List.of("regressief-2027", "neutraal-2027");
        java.util.List<Long> heard = new java.util.ArrayList<>();
        Cohort one = Cohort.draw(2027, 6_000, basis, policies, heard::add, new Parallelism(1, 500));
        Cohort three = Cohort.draw(2027, 6_000, basis, policies, done -> {}, new Parallelism(3, 500));
        Cohort machine = Cohort.draw(2027, 6_000, basis, policies, done -> {});

        for (Cohort other : List.of(three, machine)) {
            assertThat(other.birthDay).isEqualTo(one.birthDay);
            assertThat(other.level).isEqualTo(one.level);
            assertThat(other.schemeLevel).isEqualTo(one.schemeLevel);
            assertThat(other.position).isEqualTo(one.position);
            assertThat(other.sector).isEqualTo(one.sector);
            assertThat(other.ageBand).isEqualTo(one.ageBand);
            assertThat(other.adultDay).isEqualTo(one.adultDay);
            assertThat(other.pensionDay).isEqualTo(one.pensionDay);
            assertThat(other.propensity).isEqualTo(one.propensity);
            assertThat(other.rightCents).isDeepEqualTo(one.rightCents);
            assertThat(other.rightFrom).isDeepEqualTo(one.rightFrom);
            assertThat(other.rightUntil).isDeepEqualTo(one.rightUntil);
        }
        assertThat(heard).isSorted().last().isEqualTo(6_000L);
    }

    @Test
    void anotherSeedDrawsOtherPeople() {
        Cohort other = Cohort.draw(2028, 2_000, basis, List.of(), done -> {});
        assertThat(Arrays.copyOf(other.birthDay, 2_000)).isNotEqualTo(Arrays.copyOf(cohort.birthDay, 2_000));
    }

    @Test
    void personIHasTheBirthDateOfPersonIOfThePopulation() {
        Population population = new Population(2027, basis.start());
        for (int i : new int[] {0, 1, 17, PEOPLE - 1}) {
            assertThat(cohort.birthDate(i)).isEqualTo(population.person(i).birthDate());
            assertThat(cohort.level(i)).isEqualTo(population.person(i).highestCompletedLevel());
        }
    }

    @Test
    void labourPositionsFollowTheSharesOfTheScenarioByEducationLevel() {
        // Among the highly educated who are not in education, 72% are employees (basis.scenario).
        int high = 0;
        int employed = 0;
        for (int i = 0; i < PEOPLE; i++) {
            if (cohort.level(i) == EducationLevel.HIGH
                    && cohort.birthDate(i).plusYears(30).isBefore(basis.start())) {
                high++;
                if (cohort.position(i) == LabourPosition.EMPLOYED) {
                    employed++;
                }
            }
        }
        assertThat((double) employed / high).isCloseTo(0.72, within(0.02));
    }

    @Test
    void onlyWorkingPeopleHaveASectorAndHealthcareIsAboutOneInSevenOfThem() {
        int working = 0;
        int healthcare = 0;
        for (int i = 0; i < PEOPLE; i++) {
            assertThat(cohort.sector(i) != Sector.NONE)
                    .isEqualTo(cohort.position(i).working());
            if (cohort.position(i).working()) {
                working++;
                if (cohort.sector(i) == Sector.HEALTHCARE) {
                    healthcare++;
                }
            }
        }
        assertThat((double) healthcare / working).isCloseTo(0.145, within(0.01));
    }

    @Test
    void propensitiesAverageOneAndAreLowerForTheLowEducated() {
        long sum = 0;
        long low = 0;
        int lows = 0;
        long high = 0;
        int highs = 0;
        for (int i = 0; i < PEOPLE; i++) {
            sum += cohort.propensityThousandths(i);
            if (cohort.level(i) == EducationLevel.LOW) {
                low += cohort.propensityThousandths(i);
                lows++;
            } else if (cohort.level(i) == EducationLevel.HIGH) {
                high += cohort.propensityThousandths(i);
                highs++;
            }
        }
        assertThat((double) sum / PEOPLE).isCloseTo(1000, within(2.0));
        assertThat((double) low / lows).isLessThan((double) high / highs / 2);
    }

    @Test
    void oneSyntheticPersonStandsForTheDutchPopulationAgedEighteenToSixtySixDividedByTheSize() {
        assertThat(cohort.weight()).isCloseTo(11_330_000.0 / PEOPLE, within(1e-9));
    }

    @Test
    void everyoneHasTheNeutralRightOfFifteenThousandEuros() {
        int full = 0;
        for (int i = 0; i < 1_000; i++) {
            assertThat(cohort.rightCents("neutraal-2027", i)).isIn(0L, 1_500_000L);
            if (cohort.rightCents("neutraal-2027", i) == 1_500_000L) {
                full++;
            }
        }
        assertThat(full)
                .as("all but those past the AOW age before the right starts")
                .isGreaterThan(990);
    }
}
