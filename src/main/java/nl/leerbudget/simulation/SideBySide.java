package nl.leerbudget.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenarios run side by side on one cohort, as the command line runs them ({@link SimulationCommand#run}): one
 * cohort drawn from the seed with the first scenario's population, every scenario run on it with the same seed. What
 * an analyst compares is kept: the yearly figures, the distribution of the amount per person, and winners and losers
 * for every ordered pair of scenarios. The amounts per synthetic person are summarised into those and then dropped,
 * so that a kept result is small whatever the size of the cohort.
 *
 * @param projections one per scenario, in the order asked, without their amounts per person
 * @param distributions one per scenario, in the same order
 * @param comparisons winners and losers for every ordered pair of different scenarios
 */
public record SideBySide(
        long seed,
        int people,
        List<Projection> projections,
        List<Distribution> distributions,
        List<Comparison> comparisons) {

    /** Hears what the run is doing: a step in words and how far the whole run is, from 0 to 100. */
    @FunctionalInterface
    public interface Steps {
        void step(String text, int percent);
    }

    /** The share of the progress bar for drawing the cohort; the scenarios share the rest by their years. */
    private static final int COHORT_PERCENT = 20;

    public SideBySide {
        projections = List.copyOf(projections);
        distributions = List.copyOf(distributions);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * Draws one cohort of {@code people} with {@code seed} and runs every scenario on it.
     *
     * @throws ScenarioException when the scenarios cannot run together (their ids repeat, they start in different
     *     years) or one of them cannot run on the cohort
     */
    public static SideBySide run(List<Scenario> scenarios, int people, long seed, Steps steps) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("at least one scenario");
        }
        check(scenarios);
        Set<String> policies = new LinkedHashSet<>();
        int totalYears = 0;
        for (Scenario scenario : scenarios) {
            if (scenario.flag("right", scenario.start())) {
                policies.add(scenario.name("right.policy", scenario.start()));
            }
            totalYears += (int) scenario.count("years", scenario.start());
        }
        steps.step("Bevolking maken: 0 van " + people + " personen", 0);
        // Blocks of people finish in parallel and may report out of order; the step only goes forward.
        AtomicLong drawn = new AtomicLong();
        Cohort cohort = Cohort.draw(seed, people, scenarios.getFirst(), List.copyOf(policies), done -> {
            long most = drawn.accumulateAndGet(done, Math::max);
            if (most == done) {
                steps.step("Bevolking maken: " + done + " van " + people + " personen", (int)
                        (COHORT_PERCENT * done / people));
            }
        });
        List<Projection> full = new ArrayList<>();
        int yearsDone = 0;
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario scenario = scenarios.get(s);
            int years = (int) scenario.count("years", scenario.start());
            int before = yearsDone;
            int total = totalYears;
            String label = "Scenario " + (s + 1) + " van " + scenarios.size() + " (" + scenario.name() + "): jaar ";
            steps.step(label + "1 van " + years, percent(before, total));
            full.add(Simulation.run(
                    scenario,
                    cohort,
                    seed,
                    year -> steps.step(
                            label + Math.min(year + 1, years) + " van " + years, percent(before + year, total))));
            yearsDone += years;
        }
        steps.step("Winnaars en verliezers tellen", 99);
        List<Distribution> distributions = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (Projection from : full) {
            distributions.add(Distribution.of(from));
            for (Projection to : full) {
                if (from != to) {
                    comparisons.add(Comparison.of(from, to, cohort));
                }
            }
        }
        List<Projection> kept = full.stream()
                .map(p -> new Projection(p.scenario(), p.seed(), p.people(), p.weight(), p.years(), new long[0]))
                .toList();
        steps.step("Klaar", 100);
        return new SideBySide(seed, people, kept, distributions, comparisons);
    }

    /** Scenarios run side by side have different ids and start in the same year. */
    public static void check(List<Scenario> scenarios) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Scenario first = scenarios.getFirst();
        for (Scenario scenario : scenarios) {
            if (!ids.add(scenario.id())) {
                problems.add("het scenario '" + scenario.id() + "' staat er twee keer in");
            }
            if (!scenario.start().equals(first.start())) {
                problems.add("het scenario '" + scenario.id() + "' begint in "
                        + scenario.start().getYear()
                        + ", '" + first.id() + "' in " + first.start().getYear() + "; ze moeten in hetzelfde jaar"
                        + " beginnen");
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException("naast elkaar", problems);
        }
    }

    private static int percent(int yearsDone, int totalYears) {
        return COHORT_PERCENT + (100 - COHORT_PERCENT - 1) * yearsDone / Math.max(1, totalYears);
    }

    /** Winners and losers going from scenario {@code from} to scenario {@code to} (ids). */
    public Optional<Comparison> comparison(String from, String to) {
        return comparisons.stream()
                .filter(c -> c.from().equals(from) && c.to().equals(to))
                .findFirst();
    }

    public Projection projection(String id) {
        return projections.stream()
                .filter(p -> p.scenario().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + Objects.requireNonNull(id)));
    }
}
