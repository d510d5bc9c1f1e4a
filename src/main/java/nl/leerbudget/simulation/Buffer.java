package nl.leerbudget.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The answer to seed 003's "moeten er buffers worden aangehouden? Hoe groot?" (Tabel 3): the distribution of the
 * public cost of each year over many runs with uncertain take-up, and the buffer at a chosen percentile above the
 * mean.
 *
 * <p>Run {@code k} uses seed {@code seed + k} for the people's draws and multiplies every take-up by a factor drawn
 * uniformly within the scenario's {@code take-up.uncertainty} (0.2: from 0.8 to 1.2), from the same seed. So the
 * whole distribution is reproducible from the scenario and the seed.
 *
 * @param costs per year, the public cost of every run, sorted from low to high
 * @param percentile the percentile asked for (for example 95)
 */
public record Buffer(List<long[]> costs, int percentile) {

    public static Buffer of(
            Scenario scenario, Cohort cohort, long seed, int runs, int percentile, IntConsumer runDone) {
        if (runs < 2 || runs > 1000) {
            throw new IllegalArgumentException("2 to 1000 runs");
        }
        if (percentile < 1 || percentile > 99) {
            throw new IllegalArgumentException("a percentile of 1 to 99");
        }
        double uncertainty = scenario.share("take-up.uncertainty", scenario.start());
        int years = (int) scenario.count("years", scenario.start());
        long[][] byYear = new long[years][runs];
        for (int k = 0; k < runs; k++) {
            double factor = 1 + uncertainty * (2 * Simulation.uniform(seed + k, 0, -1, 9) - 1);
            Projection projection = Simulation.run(scenario, cohort, seed + k, factor, year -> {});
            for (int y = 0; y < years; y++) {
                byYear[y][k] = projection.year(y).publicCents();
            }
            runDone.accept(k + 1);
        }
        for (long[] year : byYear) {
            Arrays.sort(year);
        }
        return new Buffer(List.of(byYear), percentile);
    }

    public int years() {
        return costs.size();
    }

    public long mean(int year) {
        long[] values = costs.get(year);
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        return Math.round((double) sum / values.length);
    }

    /** The cost at the percentile (nearest rank). */
    public long atPercentile(int year) {
        return quantile(year, percentile);
    }

    public long quantile(int year, int percent) {
        long[] values = costs.get(year);
        int rank = (int) Math.ceil(percent / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    /** What to hold above the mean so that the year's cost is covered in {@code percentile} out of 100 runs. */
    public long buffer(int year) {
        return Math.max(0, atPercentile(year) - mean(year));
    }
}
