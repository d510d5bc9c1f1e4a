package nl.leerbudget.schemes;

import java.util.Objects;
import java.util.UUID;

/**
 * The grants of one window for one offering at one stage, counted and summed: an aggregate view for statistics,
 * without any person in it. Every grant lies in exactly one tally.
 *
 * @param grants how many grants (each of one person)
 * @param cents what they grant together
 * @param largestCents the largest single grant among them
 */
public record GrantTally(UUID window, UUID offering, GrantStage stage, long grants, long cents, long largestCents) {

    public GrantTally {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(stage, "stage");
        if (grants < 1 || largestCents < 0 || largestCents > cents) {
            throw new IllegalArgumentException("a tally counts at least one grant, its largest within its sum");
        }
    }
}
