package nl.leerbudget.monitoring.domain;

import java.util.Map;
import java.util.Set;

/**
 * Checks a witness by plain arithmetic, independently of the elimination that found it: it changes only hidden cells,
 * changes its own cell, and keeps every row adding up to its row total and every column to its column total. A table
 * plus such a change publishes the same numbers, so the witness's cell is not determined by them.
 */
final class WitnessCheck {

    private WitnessCheck() {}

    static boolean proves(Witness witness, int rowCount, int columnCount, Set<Position> hidden) {
        Map<Position, Long> change = witness.change();
        if (!hidden.containsAll(change.keySet()) || change.getOrDefault(witness.cell(), 0L) == 0) {
            return false;
        }
        for (int r = 0; r <= rowCount; r++) {
            long sum = 0;
            for (int c = 0; c < columnCount; c++) {
                sum += change.getOrDefault(new Position(r, c), 0L);
            }
            if (sum != change.getOrDefault(new Position(r, columnCount), 0L)) {
                return false;
            }
        }
        for (int c = 0; c <= columnCount; c++) {
            long sum = 0;
            for (int r = 0; r < rowCount; r++) {
                sum += change.getOrDefault(new Position(r, c), 0L);
            }
            if (sum != change.getOrDefault(new Position(rowCount, c), 0L)) {
                return false;
            }
        }
        return true;
    }
}
