package nl.leerbudget.monitoring.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The proof that a hidden cell cannot be worked out from what is published: a change to the hidden cells only, that
 * keeps every row and column adding up to its total and changes {@code cell}. Two tables that differ by this change
 * publish exactly the same numbers and differ in {@code cell}, so nothing published determines it.
 *
 * @param change the change per hidden cell (cells not named do not change); {@code change.get(cell)} is not zero
 */
public record Witness(Position cell, Map<Position, Long> change) {

    public Witness {
        Objects.requireNonNull(cell, "cell");
        change = Map.copyOf(change);
        Long own = change.get(cell);
        if (own == null || own == 0) {
            throw new IllegalArgumentException("a witness changes its own cell");
        }
    }
}
