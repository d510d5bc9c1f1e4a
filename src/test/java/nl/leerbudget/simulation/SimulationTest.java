package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final int PEOPLE = 20_000;
    private static final long SEED = 7;
    private static Cohort cohort;

    @BeforeAll
    static void draw() {
        cohort = Cohort.draw(
                SEED, PEOPLE, Scenario.builtIn("basis"), List.of("regressief-2027", "neutraal-2027"), done -> {});
    }

    private static Scenario years(String id, int years) {
        return SimulationCommand.withYears(Scenario.builtIn(id), years);
    }

    @Test
    void aFullScenarioOverFiveYearsGivesTheRecordedFiguresForItsSeed() throws IOException {
        Projection projection = Simulation.run(years("combinatie", 5), cohort, SEED, year -> {});

        String recorded;
        try (InputStream in =
                Objects.requireNonNull(getClass().getResourceAsStream("/simulation/combinatie-5-jaar-seed-7.csv"))) {
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Tables.costsCsv(List.of(projection))).isEqualTo(recorded);
    }

    @Test
    void theSameScenarioCohortAndSeedGiveTheSameProjectionAndAnotherSeedAnother() {
        Scenario scenario = years("neutraal", 3);
        Projection once = Simulation.run(scenario, cohort, SEED, year -> {});
        Projection again = Simulation.run(scenario, cohort, SEED, year -> {});
        Projection other = Simulation.run(scenario, cohort, SEED + 1, year -> {});

        assertThat(again.years()).isEqualTo(once.years());
        assertThat(again.perPerson()).isEqualTo(once.perPerson());
        assertThat(other.first().publicCents()).isNotEqualTo(once.first().publicCents());
    }

    @Test
    void everyVariantGivesTheSameFiguresWithOneThreadAndWithSeveral() {
        for (String id : List.of("stap", "leerrekening", "regressief", "neutraal", "combinatie")) {
            Scenario scenario = years(id, 3);
            Projection one = Simulation.run(scenario, cohort, SEED, 1.0, year -> {}, new Parallelism(1, 1_000));
            Projection four = Simulation.run(scenario, cohort, SEED, 1.0, year -> {}, new Parallelism(4, 1_000));
            Projection machine = Simulation.run(scenario, cohort, SEED, year -> {});

            assertThat(four.years()).as(id).isEqualTo(one.years());
            assertThat(four.perPerson()).as(id).isEqualTo(one.perPerson());
            assertThat(machine.years()).as(id).isEqualTo(one.years());
            assertThat(one.first().publicCents()).as(id).isPositive();
        }
    }

    @Test
    void aRightInStudyCreditsCostsWhatTheCreditsUsedCostInTheYearTheyAreUsed() {
        // The neutral right in study credits, with the price of a credit 10% higher from the second year.
        Scenario credits = Scenario.parse("neutraal-ec-duurder", """
                name = Neutraal in studiepunten, duurder vanaf 2028
                baseline = neutraal-studiepunten
                years = 2 years | test
                unit.study-credit.price = 153.33 EUR | test: as basis
                unit.study-credit.price from 2028-01-01 = 168.66 EUR | test: EUR 153,33 + 10%
                """, Scenario::builtIn);
        Scenario money = years("neutraal", 2);

        Projection inCredits = Simulation.run(credits, cohort, SEED, year -> {});
        Projection inMoney = Simulation.run(money, cohort, SEED, year -> {});

        YearFigures.Units first = inCredits.year(0).units().getFirst();
        YearFigures.Units second = inCredits.year(1).units().getFirst();
        assertThat(first.unit()).isEqualTo(BudgetUnit.STUDY_CREDITS);
        assertThat(first.priceCents()).isEqualTo(15_333);
        assertThat(second.priceCents()).isEqualTo(16_866);
        assertThat(inMoney.first().units()).isEmpty();
        // The first year at the price that converted the rights: the cost in euros, less what rounding down to
        // hundredths of a credit leaves (under EUR 1.54 of EUR 15,000 a person).
        assertThat((double) inCredits.first().publicCents() / inMoney.first().publicCents())
                .isCloseTo(1.0, within(0.001));
        // Each use is valued at the price of its year, so the same credits cost 10% more in the second year.
        assertThat((double) inCredits.year(1).publicCents() / inMoney.year(1).publicCents())
                .isCloseTo(1.1, within(0.002));
        for (YearFigures.Units units : List.of(first, second)) {
            assertThat(units.used()).isPositive();
            assertThat((double) units.usedCents())
                    .isCloseTo(units.used() * units.priceCents() / 100.0, within(units.usedCents() * 0.0001));
        }
        // The public cost of the right is the cost of the credits used (there are no execution costs here).
        assertThat(first.usedCents()).isCloseTo(inCredits.first().publicCents(), within(100L));
        // 97.82 credits for each of the people whose right opened in the first year.
        assertThat(first.granted()).isPositive();
        // What is still owed is valued at the year's price.
        assertThat((double) inCredits.year(1).liabilityCents())
                .isCloseTo(
                        second.outstanding() * 168.66, within(inCredits.year(1).liabilityCents() * 0.0001));
        assertThat(Tables.unitsCsv(List.of(inCredits)))
                .startsWith(Tables.UNITS_HEADER + "\nneutraal-ec-duurder,7,2027,leerrecht,study-credits,");
    }

    @Test
    void accountBalancesCarryOverAndLapseAtThePensionAge() {
        Projection projection = Simulation.run(years("leerrekening", 4), cohort, SEED, year -> {});

        assertThat(projection.year(1).accountBalanceCents())
                .isGreaterThan(projection.year(0).accountBalanceCents());
        assertThat(projection.year(3).accountBalanceCents())
                .isGreaterThan(projection.year(2).accountBalanceCents());
        assertThat(projection.year(1).lapsedCents())
                .as("balances of people reaching 67")
                .isPositive();
        assertThat(projection.year(0).liabilityCents())
                .as("accounts are paid when deposited")
                .isZero();
    }

    @Test
    void onAFixedExpiryDateEveryAccountBalanceLapsesAndLaterDepositsBuildANewOne() {
        Scenario dated = Scenario.parse("leerrekening-houdbaar", """
                name = Leerrekening met een houdbaarheidsdatum
                baseline = leerrekening
                years = 4 years | test
                account.expiry = 2028-12-31 name | test: alles vervalt op 31 december 2028
                account.expiry from 2029-01-01 = 2032-12-31 name | test: wat daarna gestort wordt, vervalt in 2032
                """, Scenario::builtIn);
        Projection fixed = Simulation.run(dated, cohort, SEED, year -> {});
        Projection untilPension = Simulation.run(years("leerrekening", 4), cohort, SEED, year -> {});

        assertThat(fixed.year(0).accountBalanceCents())
                .isEqualTo(untilPension.year(0).accountBalanceCents());
        assertThat(fixed.year(0).lapsedCents())
                .as("no pension-age lapse with a date")
                .isZero();
        assertThat(fixed.year(1).accountBalanceCents())
                .as("everything lapsed on 2028-12-31")
                .isZero();
        assertThat(fixed.year(1).lapsedCents())
                .as("the balance of 2027 plus the deposits of 2028, less what was spent in 2028")
                .isGreaterThan(fixed.year(0).accountBalanceCents());
        assertThat(fixed.year(2).accountBalanceCents())
                .as("the deposits of 2029 less what was spent")
                .isPositive()
                .isLessThan(untilPension.year(2).accountBalanceCents());
        assertThat(fixed.year(2).lapsedCents()).isZero();
        assertThat(fixed.year(1).publicCents())
                .as("the state's deposits do not depend on the expiry")
                .isEqualTo(untilPension.year(1).publicCents());
    }

    @Test
    void anExpiryThatIsNeitherARuleNorADateIsRefused() {
        Scenario wrong = Scenario.parse("leerrekening-fout", """
                name = Fout
                baseline = leerrekening
                account.expiry = morgen name | test
                """, Scenario::builtIn);

        assertThatThrownBy(() -> Simulation.run(wrong, cohort, SEED, year -> {}))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("account.expiry: pension-age, never of een datum (JJJJ-MM-DD), niet 'morgen'");
    }

    @Test
    void usedRightsLowerTheStatesOutstandingLiabilityYearByYear() {
        Projection projection = Simulation.run(years("regressief", 5), cohort, SEED, year -> {});

        for (int y = 1; y < 5; y++) {
            assertThat(projection.year(y).liabilityCents())
                    .isLessThan(projection.year(y - 1).liabilityCents());
            assertThat(projection.year(y).publicCents()).isPositive();
        }
    }

    @Test
    void aTargetedVoucherReachesOnlyPeopleUpToMboFourAndHighlyEducatedPeopleGetNone() {
        YearFigures year = Simulation.run(Scenario.builtIn("combinatie"), cohort, SEED, y -> {})
                .first();
        YearFigures vouchersOnly = Simulation.run(
                        Scenario.parse(
                                "alleen-gericht",
                                "name = Alleen gerichte vouchers\nbaseline = combinatie\n"
                                        + "right = no flag | alleen de vouchers\n",
                                Scenario::builtIn),
                        cohort,
                        SEED,
                        y -> {})
                .first();

        assertThat(year.grants()).isPositive();
        assertThat(reach(vouchersOnly, "opleidingsniveau", "hoog").reached()).isZero();
        assertThat(reach(vouchersOnly, "opleidingsniveau", "laag").reached()).isPositive();
    }

    @Test
    void aVoucherBudgetStopsGrantingWhenItIsSpent() {
        Scenario capped = Scenario.parse(
                "stap-klein",
                "name = Klein budget\nbaseline = stap\nvoucher.budget = 50000000 EUR | AANNAME: klein budget\n",
                Scenario::builtIn);

        YearFigures year = Simulation.run(capped, cohort, SEED, y -> {}).first();

        assertThat(year.publicCents()).isLessThanOrEqualTo(5_000_000_000L + Math.round(100_000 * cohort.weight()));
        assertThat(year.publicCents()).isGreaterThan(4_500_000_000L);
    }

    @Test
    void reachIsReportedForEveryGroupOfEveryDimension() {
        YearFigures year =
                Simulation.run(Scenario.builtIn("stap"), cohort, SEED, y -> {}).first();

        assertThat(year.reach())
                .extracting(YearFigures.Reach::dimension)
                .containsOnly("opleidingsniveau", "leeftijd", "arbeidspositie", "sector");
        long people = year.reach().stream()
                .filter(r -> r.dimension().equals("leeftijd"))
                .mapToLong(YearFigures.Reach::people)
                .sum();
        assertThat(people).isCloseTo(11_330_000L, org.assertj.core.data.Offset.offset(1_000L));
    }

    @Test
    void winnersAndLosersBetweenTwoScenariosAddUpToEveryone() {
        Projection regressive = Simulation.run(Scenario.builtIn("regressief"), cohort, SEED, y -> {});
        Projection neutral = Simulation.run(Scenario.builtIn("neutraal"), cohort, SEED, y -> {});

        Comparison comparison = Comparison.of(regressive, neutral, cohort);

        Comparison.Row all = comparison.rows().getLast();
        assertThat(all.group()).isEqualTo("alle");
        assertThat(all.winners() + all.losers() + all.unchanged())
                .isCloseTo(11_330_000L, org.assertj.core.data.Offset.offset(1_000L));
        assertThat(all.gainCents() - all.lossCents())
                .isCloseTo(
                        neutral.first().publicCents() - regressive.first().publicCents(),
                        org.assertj.core.data.Offset.offset(Math.round(1_000 * cohort.weight())));
    }

    @Test
    void theDistributionCountsEveryoneOnce() {
        Distribution distribution =
                Distribution.of(Simulation.run(Scenario.builtIn("neutraal"), cohort, SEED, y -> {}));

        assertThat(distribution.bands().stream()
                        .mapToLong(Distribution.Band::people)
                        .sum())
                .isCloseTo(11_330_000L, org.assertj.core.data.Offset.offset(1_000L));
    }

    @Test
    void theBufferAtTheNinetyFifthPercentileLiesAboveTheMeanAndIsReproducible() {
        Scenario scenario = Scenario.builtIn("neutraal");

        Buffer buffer = Buffer.of(scenario, cohort, SEED, 20, 95, k -> {});
        Buffer again = Buffer.of(scenario, cohort, SEED, 20, 95, k -> {});

        assertThat(buffer.atPercentile(0)).isGreaterThan(buffer.mean(0));
        assertThat(buffer.buffer(0)).isPositive().isEqualTo(again.buffer(0));
        assertThat(buffer.quantile(0, 5)).isLessThan(buffer.mean(0));
    }

    @Test
    void refusesMoreThanFifteenYears() {
        assertThatThrownBy(() -> Simulation.run(years("stap", 16), cohort, SEED, y -> {}))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("1 tot en met 15 jaar");
    }

    private static YearFigures.Reach reach(YearFigures year, String dimension, String group) {
        return year.reach().stream()
                .filter(r -> r.dimension().equals(dimension) && r.group().equals(group))
                .findFirst()
                .orElseThrow();
    }
}
