package nl.leerbudget.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * Winners and losers between two scenarios run on the same cohort: per person the public money received over the
 * run in one scenario against the other, counted by education level (and in total).
 *
 * @param rows one per education level, then the total ({@code group} "alle")
 */
public record Comparison(String from, String to, List<Row> rows) {

    /**
     * @param winners people who receive more in {@code to} than in {@code from}
     * @param gainCents what the winners gain together
     * @param lossCents what the losers lose together (positive)
     */
    public record Row(String group, long winners, long losers, long unchanged, long gainCents, long lossCents) {}

    public static Comparison of(Projection from, Projection to, Cohort cohort) {
        if (from.people() != cohort.size() || to.people() != cohort.size()) {
            throw new IllegalArgumentException("both projections are of this cohort");
        }
        int groups = EducationLevel.values().length;
        long[][] tally = new long[groups + 1][5];
        for (int i = 0; i < cohort.size(); i++) {
            long difference = to.perPerson()[i] - from.perPerson()[i];
            for (int g : new int[] {cohort.level[i], groups}) {
                if (difference > 0) {
                    tally[g][0]++;
                    tally[g][3] += difference;
                } else if (difference < 0) {
                    tally[g][1]++;
                    tally[g][4] -= difference;
                } else {
                    tally[g][2]++;
                }
            }
        }
        double w = cohort.weight();
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g <= groups; g++) {
            String name = g == groups ? "alle" : Simulation.levelName(EducationLevel.values()[g]);
            rows.add(new Row(
                    name,
                    Math.round(tally[g][0] * w),
                    Math.round(tally[g][1] * w),
                    Math.round(tally[g][2] * w),
                    Math.round(tally[g][3] * w),
                    Math.round(tally[g][4] * w)));
        }
        return new Comparison(from.scenario().id(), to.scenario().id(), rows);
    }
}
