package nl.leerbudget.monitoring.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A two-way table with its row totals, column totals and grand total, before disclosure control. Every cell of the
 * grid (margins included) knows the number of people it describes, its value (people, or an amount in cents) and its
 * largest single contribution, which is what primary suppression judges. The margins are computed here, never given,
 * so that they always add up.
 */
public final class CrossTable {

    /** What a cell's value counts. */
    public enum Measure {
        PEOPLE,
        AMOUNT_IN_CENTS
    }

    private final String id;
    private final List<String> rows;
    private final List<String> columns;
    private final Measure measure;
    private final long[][] people;
    private final long[][] values;
    private final long[][] largest;

    private CrossTable(
            String id,
            List<String> rows,
            List<String> columns,
            Measure measure,
            long[][] people,
            long[][] values,
            long[][] largest) {
        this.id = id;
        this.rows = rows;
        this.columns = columns;
        this.measure = measure;
        this.people = people;
        this.values = values;
        this.largest = largest;
    }

    /** A table that counts people; {@code counts[row][column]} holds the inner cells. */
    public static CrossTable ofCounts(String id, List<String> rows, List<String> columns, long[][] counts) {
        check(id, rows, columns);
        int r = rows.size();
        int c = columns.size();
        if (counts.length != r) {
            throw new IllegalArgumentException("expected " + r + " rows of counts");
        }
        long[][] people = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            if (counts[i].length != c) {
                throw new IllegalArgumentException("expected " + c + " counts in row " + i);
            }
            for (int j = 0; j < c; j++) {
                long n = counts[i][j];
                if (n < 0) {
                    throw new IllegalArgumentException("a count is never negative");
                }
                people[i][j] = n;
                people[i][c] = Math.addExact(people[i][c], n);
                people[r][j] = Math.addExact(people[r][j], n);
                people[r][c] = Math.addExact(people[r][c], n);
            }
        }
        long[][] largest = new long[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                largest[i][j] = people[i][j] > 0 ? 1 : 0;
            }
        }
        return new CrossTable(id, List.copyOf(rows), List.copyOf(columns), Measure.PEOPLE, people, people, largest);
    }

    /**
     * A table of amounts: each cell counts its distinct contributors as its people, and its largest contribution is
     * the largest total of one contributor in that cell (in a margin, over the cells it adds up).
     */
    public static CrossTable ofAmounts(
            String id, List<String> rows, List<String> columns, List<Contribution> contributions) {
        check(id, rows, columns);
        int r = rows.size();
        int c = columns.size();
        @SuppressWarnings("unchecked")
        Map<String, Long>[][] parts = new Map[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                parts[i][j] = new HashMap<>();
            }
        }
        for (Contribution each : contributions) {
            if (each.row() >= r || each.column() >= c) {
                throw new IllegalArgumentException("a contribution lies outside the table: " + each);
            }
            int[][] cells = {{each.row(), each.column()}, {each.row(), c}, {r, each.column()}, {r, c}};
            for (int[] cell : cells) {
                parts[cell[0]][cell[1]].merge(each.contributor(), each.amount(), Math::addExact);
            }
        }
        long[][] people = new long[r + 1][c + 1];
        long[][] values = new long[r + 1][c + 1];
        long[][] largest = new long[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                people[i][j] = parts[i][j].size();
                for (long amount : parts[i][j].values()) {
                    values[i][j] = Math.addExact(values[i][j], amount);
                    largest[i][j] = Math.max(largest[i][j], amount);
                }
            }
        }
        return new CrossTable(
                id, List.copyOf(rows), List.copyOf(columns), Measure.AMOUNT_IN_CENTS, people, values, largest);
    }

    /**
     * A table of amounts from tallies, when every contributor (a grant, a booking: each of one person) lies in exactly
     * one inner cell: {@code units[r][c]} contributors hold {@code amounts[r][c]} cents together, the largest one
     * {@code largest[r][c]}. The margins add the units and amounts and take the largest of their cells, which is exact
     * because no contributor lies in two cells. This is what an aggregate view can give without naming anyone.
     */
    public static CrossTable ofTallies(
            String id, List<String> rows, List<String> columns, long[][] units, long[][] amounts, long[][] largest) {
        check(id, rows, columns);
        int r = rows.size();
        int c = columns.size();
        if (units.length != r || amounts.length != r || largest.length != r) {
            throw new IllegalArgumentException("expected " + r + " rows of tallies");
        }
        long[][] people = new long[r + 1][c + 1];
        long[][] values = new long[r + 1][c + 1];
        long[][] most = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            if (units[i].length != c || amounts[i].length != c || largest[i].length != c) {
                throw new IllegalArgumentException("expected " + c + " tallies in row " + i);
            }
            for (int j = 0; j < c; j++) {
                long n = units[i][j];
                long amount = amounts[i][j];
                long top = largest[i][j];
                if (n < 0 || top < 0 || top > amount || Math.multiplyExact(top, n) < amount || (n == 0 && amount > 0)) {
                    throw new IllegalArgumentException("the tally in row " + i + ", column " + j + " does not add up");
                }
                int[][] cells = {{i, j}, {i, c}, {r, j}, {r, c}};
                for (int[] cell : cells) {
                    people[cell[0]][cell[1]] = Math.addExact(people[cell[0]][cell[1]], n);
                    values[cell[0]][cell[1]] = Math.addExact(values[cell[0]][cell[1]], amount);
                    most[cell[0]][cell[1]] = Math.max(most[cell[0]][cell[1]], top);
                }
            }
        }
        return new CrossTable(
                id, List.copyOf(rows), List.copyOf(columns), Measure.AMOUNT_IN_CENTS, people, values, most);
    }

    private static void check(String id, List<String> rows, List<String> columns) {
        Objects.requireNonNull(id, "id");
        if (rows.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one row and one column");
        }
        if (rows.stream().distinct().count() != rows.size()
                || columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("the labels of a table's rows and of its columns are distinct");
        }
    }

    public String id() {
        return id;
    }

    public Measure measure() {
        return measure;
    }

    /** The inner rows' labels; the row of totals is not among them. */
    public List<String> rows() {
        return rows;
    }

    /** The inner columns' labels; the column of totals is not among them. */
    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columns.size();
    }

    public long people(Position at) {
        return people[at.row()][at.column()];
    }

    public long value(Position at) {
        return values[at.row()][at.column()];
    }

    public long largest(Position at) {
        return largest[at.row()][at.column()];
    }

    public boolean isTotal(Position at) {
        return at.row() == rowCount() || at.column() == columnCount();
    }

    /** The labels of a cell, the margins as {@code Totaal}: the key a cell keeps from one release to the next. */
    public CellKey key(Position at) {
        return new CellKey(
                at.row() == rowCount() ? CellKey.TOTAL : rows.get(at.row()),
                at.column() == columnCount() ? CellKey.TOTAL : columns.get(at.column()));
    }

    /** Every position of the grid, margins included, row by row. */
    public List<Position> positions() {
        java.util.ArrayList<Position> all = new java.util.ArrayList<>();
        for (int i = 0; i <= rowCount(); i++) {
            for (int j = 0; j <= columnCount(); j++) {
                all.add(new Position(i, j));
            }
        }
        return all;
    }
}
