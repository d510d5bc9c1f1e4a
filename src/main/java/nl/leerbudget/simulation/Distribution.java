package nl.leerbudget.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * How the public money of a run is spread over people: how many people received an amount in each band, over the
 * whole run.
 */
public record Distribution(List<Band> bands) {

    /** People who received from {@code fromCents} (included) up to {@code toCents} (excluded; -1: no limit). */
    public record Band(String label, long fromCents, long toCents, long people, long cents) {}

    private static final long[] LIMITS = {0, 1, 50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000};

    private static final String[] LABELS = {
        "niets",
        "tot € 500",
        "€ 500 tot € 1.000",
        "€ 1.000 tot € 2.500",
        "€ 2.500 tot € 5.000",
        "€ 5.000 tot € 10.000",
        "€ 10.000 tot € 25.000",
        "€ 25.000 of meer"
    };

    public static Distribution of(Projection projection) {
        long[] people = new long[LIMITS.length];
        long[] cents = new long[LIMITS.length];
        for (long amount : projection.perPerson()) {
            int band = LIMITS.length - 1;
            while (amount < LIMITS[band]) {
                band--;
            }
            people[band]++;
            cents[band] += amount;
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b < LIMITS.length; b++) {
            bands.add(new Band(
                    LABELS[b],
                    LIMITS[b],
                    b + 1 < LIMITS.length ? LIMITS[b + 1] : -1,
                    Math.round(people[b] * projection.weight()),
                    Math.round(cents[b] * projection.weight())));
        }
        return new Distribution(bands);
    }
}
