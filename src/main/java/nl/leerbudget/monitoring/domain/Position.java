package nl.leerbudget.monitoring.domain;

/**
 * A cell of a table's grid, margins included: row {@code rowCount} is the row of column totals, column
 * {@code columnCount} the column of row totals, and their crossing the grand total.
 */
public record Position(int row, int column) implements Comparable<Position> {

    public Position {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("a position is never negative");
        }
    }

    @Override
    public int compareTo(Position other) {
        return row != other.row ? Integer.compare(row, other.row) : Integer.compare(column, other.column);
    }
}
