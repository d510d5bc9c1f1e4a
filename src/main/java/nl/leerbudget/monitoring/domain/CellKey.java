package nl.leerbudget.monitoring.domain;

import java.util.Objects;

/** A cell by its row and column labels, so that it is found again in the next release of a table. */
public record CellKey(String row, String column) {

    /** The label of a margin. */
    public static final String TOTAL = "Totaal";

    public CellKey {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
    }
}
