package nl.leerbudget.monitoring.domain;

import java.util.Objects;

/**
 * One contributor's part of an amount in one cell: a person's spending, a provider's receipts. The contributor is an
 * opaque key; a contributor may appear in several cells, and its parts add up in the margins.
 */
public record Contribution(int row, int column, String contributor, long amount) {

    public Contribution {
        Objects.requireNonNull(contributor, "contributor");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("a contribution lies inside the table");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("a contribution is never negative");
        }
    }
}
