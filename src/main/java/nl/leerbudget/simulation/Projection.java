package nl.leerbudget.simulation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running a scenario on a cohort: the figures of every year, and for every synthetic person the
 * public money they received over the whole run (for the distribution and for winners and losers). Reproducible: the
 * same scenario, cohort and seed give the same projection.
 */
public record Projection(
        Scenario scenario, long seed, int people, double weight, List<YearFigures> years, long[] perPerson) {

    public Projection {
        Objects.requireNonNull(scenario, "scenario");
        years = List.copyOf(years);
        Objects.requireNonNull(perPerson, "perPerson");
    }

    public YearFigures year(int index) {
        return years.get(index);
    }

    public YearFigures first() {
        return years.getFirst();
    }
}
