package nl.leerbudget.monitoring.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether a hidden cell of a table with margins can be worked out from what is published, decided exactly by linear
 * algebra over the integers.
 *
 * <p>What a reader knows: every published cell, and that each row adds up to its row total and each column to its
 * column total (the grand total closes both). Substituting the published cells leaves a linear system {@code A x = b}
 * in the hidden cells {@code x}. A hidden cell {@code x_k} is determined exactly when its unit vector lies in the row
 * space of {@code A}; equivalently, when every solution of {@code A d = 0} has {@code d_k = 0}. The system is brought
 * to reduced row echelon form with integer rows (Gauss-Jordan, each row divided by the greatest common divisor of
 * its entries, so nothing is rounded): {@code x_k} is determined exactly when some reduced row has its only non-zero
 * entry at {@code k}. Otherwise the reduced rows give a {@link Witness}: an integer {@code d} with {@code A d = 0} and
 * {@code d_k != 0}.
 *
 * <p>This is exact disclosure. A reader who also uses that counts are never negative can narrow a hidden cell to an
 * interval; secondary suppression therefore never picks an empty cell as a complement (see {@link Disclosure}).
 */
public final class Derivability {

    private Derivability() {}

    /** The hidden cells that can be worked out from the published ones, in grid order. */
    public static List<Position> derivable(int rowCount, int columnCount, SortedSet<Position> hidden) {
        List<Position> found = new ArrayList<>();
        examine(rowCount, columnCount, hidden).forEach((cell, witness) -> {
            if (witness.isEmpty()) {
                found.add(cell);
            }
        });
        return found;
    }

    /** For every hidden cell, a witness that it is not determined, or empty when it is determined. */
    public static Map<Position, Optional<Witness>> examine(int rowCount, int columnCount, SortedSet<Position> hidden) {
        List<Position> unknowns = new ArrayList<>(new TreeSet<>(hidden));
        Map<Position, Integer> index = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            Position at = unknowns.get(i);
            if (at.row() > rowCount || at.column() > columnCount) {
                throw new IllegalArgumentException("a hidden cell lies outside the table: " + at);
            }
            index.put(at, i);
        }
        List<BigInteger[]> rows = equations(rowCount, columnCount, index, unknowns.size());
        int[] pivotOfRow = reduce(rows, unknowns.size());
        Map<Integer, Integer> rowOfPivot = new HashMap<>();
        for (int i = 0; i < pivotOfRow.length; i++) {
            rowOfPivot.put(pivotOfRow[i], i);
        }
        Map<Position, Optional<Witness>> result = new TreeMap<>();
        for (int k = 0; k < unknowns.size(); k++) {
            result.put(unknowns.get(k), witness(k, rows, pivotOfRow, rowOfPivot, unknowns));
        }
        return result;
    }

    /** Each row's and each column's adding up, restricted to the hidden cells; equations without one are dropped. */
    private static List<BigInteger[]> equations(
            int rowCount, int columnCount, Map<Position, Integer> index, int unknowns) {
        List<BigInteger[]> rows = new ArrayList<>();
        for (int r = 0; r <= rowCount; r++) {
            List<Position> parts = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                parts.add(new Position(r, c));
            }
            add(rows, new Position(r, columnCount), parts, index, unknowns);
        }
        for (int c = 0; c <= columnCount; c++) {
            List<Position> parts = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                parts.add(new Position(r, c));
            }
            add(rows, new Position(rowCount, c), parts, index, unknowns);
        }
        return rows;
    }

    private static void add(
            List<BigInteger[]> rows, Position total, List<Position> parts, Map<Position, Integer> index, int unknowns) {
        BigInteger[] row = zeros(unknowns);
        boolean any = false;
        Integer t = index.get(total);
        if (t != null) {
            row[t] = BigInteger.ONE;
            any = true;
        }
        for (Position part : parts) {
            Integer p = index.get(part);
            if (p != null) {
                row[p] = row[p].subtract(BigInteger.ONE);
                any = true;
            }
        }
        if (any) {
            rows.add(row);
        }
    }

    /**
     * Gauss-Jordan in place over the integers; keeps only the non-zero rows. Returns each remaining row's pivot
     * column; a pivot column is zero in every other row.
     */
    private static int[] reduce(List<BigInteger[]> rows, int columns) {
        List<Integer> pivots = new ArrayList<>();
        int top = 0;
        for (int col = 0; col < columns && top < rows.size(); col++) {
            int found = -1;
            for (int r = top; r < rows.size(); r++) {
                if (rows.get(r)[col].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            BigInteger[] pivotRow = rows.get(found);
            rows.set(found, rows.get(top));
            rows.set(top, pivotRow);
            BigInteger a = pivotRow[col];
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] other = rows.get(r);
                if (r == top || other[col].signum() == 0) {
                    continue;
                }
                BigInteger b = other[col];
                for (int j = 0; j < columns; j++) {
                    other[j] = other[j].multiply(a).subtract(pivotRow[j].multiply(b));
                }
                normalise(other);
            }
            pivots.add(col);
            top++;
        }
        while (rows.size() > top) {
            rows.remove(rows.size() - 1);
        }
        return pivots.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void normalise(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger v : row) {
            gcd = gcd.gcd(v);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j].divide(gcd);
            }
        }
    }

    /**
     * A solution of {@code A d = 0} with {@code d_k != 0}: choose one free column {@code f} (k itself when k is free,
     * else a free column in k's reduced row), set {@code d_f = L} and the other free columns to zero, and solve each
     * pivot from its row ({@code a_i d_{p_i} + b_{if} L = 0}); {@code L} is the least common multiple of the pivots,
     * so every part is an integer.
     */
    private static Optional<Witness> witness(
            int k,
            List<BigInteger[]> rows,
            int[] pivotOfRow,
            Map<Integer, Integer> rowOfPivot,
            List<Position> unknowns) {
        int free = -1;
        Integer own = rowOfPivot.get(k);
        if (own == null) {
            free = k;
        } else {
            BigInteger[] row = rows.get(own);
            for (int j = 0; j < row.length; j++) {
                if (j != k && row[j].signum() != 0 && !rowOfPivot.containsKey(j)) {
                    free = j;
                    break;
                }
            }
            if (free < 0) {
                return Optional.empty();
            }
        }
        BigInteger lcm = BigInteger.ONE;
        for (int i = 0; i < rows.size(); i++) {
            BigInteger a = rows.get(i)[pivotOfRow[i]].abs();
            lcm = lcm.divide(lcm.gcd(a)).multiply(a);
        }
        Map<Position, BigInteger> parts = new HashMap<>();
        parts.put(unknowns.get(free), lcm);
        for (int i = 0; i < rows.size(); i++) {
            BigInteger b = rows.get(i)[free];
            if (b.signum() != 0) {
                BigInteger a = rows.get(i)[pivotOfRow[i]];
                parts.put(unknowns.get(pivotOfRow[i]), b.multiply(lcm).divide(a).negate());
            }
        }
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger v : parts.values()) {
            gcd = gcd.gcd(v);
        }
        Map<Position, Long> change = new HashMap<>();
        for (Map.Entry<Position, BigInteger> part : parts.entrySet()) {
            change.put(part.getKey(), part.getValue().divide(gcd).longValueExact());
        }
        return Optional.of(new Witness(unknowns.get(k), change));
    }

    private static BigInteger[] zeros(int n) {
        BigInteger[] row = new BigInteger[n];
        java.util.Arrays.fill(row, BigInteger.ZERO);
        return row;
    }
}
