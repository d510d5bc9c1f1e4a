package nl.leerbudget.monitoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.leerbudget.monitoring.DisclosurePolicy;
import nl.leerbudget.monitoring.DisclosureRule;

/**
 * Disclosure control of one table: primary suppression, the cells hidden in the previous release, and secondary
 * suppression until {@link Derivability} finds no hidden cell that can be worked out.
 *
 * <ol>
 *   <li>Primary (D1): a cell (margins included) describing 1 to {@code minimumPeople - 1} people. An empty cell is
 *       published: it describes no one.
 *   <li>Primary (D2), amounts only: a cell whose largest contribution is more than {@code dominancePercent} of its
 *       value.
 *   <li>Earlier release (D4): a cell hidden in the previous release of this table (by its labels) stays hidden, when
 *       the policy says so. Otherwise the difference between two releases could give the hidden number away.
 *   <li>Secondary (D3): while a hidden cell is determined by the published cells and the totals, hide one more
 *       published cell in its row or column: the one with the smallest value that makes the determined cell
 *       undetermined, else the one with the smallest value. Empty cells are never chosen (a hidden cell next to a
 *       hidden zero would still be pinned down by the rule that counts are not negative), unless nothing else is
 *       left in that row and column. The loop ends: each round hides one more cell, and with every cell hidden
 *       nothing is determined.
 * </ol>
 */
public final class Disclosure {

    private Disclosure() {}

    /** Protects a table that has no earlier release. */
    public static ProtectedTable protect(CrossTable table, DisclosurePolicy policy) {
        return protect(table, policy, Set.of());
    }

    /** Protects a table, keeping hidden what the previous release ({@code earlier}, by labels) hid. */
    public static ProtectedTable protect(CrossTable table, DisclosurePolicy policy, Set<CellKey> earlier) {
        Map<Position, DisclosureRule> hidden = new LinkedHashMap<>();
        for (Position at : table.positions()) {
            primary(table, policy, at).ifPresent(rule -> hidden.put(at, rule));
            if (!hidden.containsKey(at) && policy.carryOverReleases() && earlier.contains(table.key(at))) {
                hidden.put(at, DisclosureRule.EARLIER_RELEASE);
            }
        }
        SortedSet<Position> set = new TreeSet<>(hidden.keySet());
        while (true) {
            List<Position> derivable = Derivability.derivable(table.rowCount(), table.columnCount(), set);
            if (derivable.isEmpty()) {
                break;
            }
            Position exposed = derivable.getFirst();
            Position complement = complement(table, set, exposed);
            set.add(complement);
            hidden.put(complement, DisclosureRule.COMPLEMENTARY);
        }
        return new ProtectedTable(table, hidden);
    }

    /** The primary rule that hides a cell on its own, if any. */
    public static java.util.Optional<DisclosureRule> primary(CrossTable table, DisclosurePolicy policy, Position at) {
        long people = table.people(at);
        if (people > 0 && people < policy.minimumPeople()) {
            return java.util.Optional.of(DisclosureRule.FEW_PEOPLE);
        }
        if (table.measure() == CrossTable.Measure.AMOUNT_IN_CENTS
                && table.value(at) > 0
                && Math.multiplyExact(table.largest(at), 100L)
                        > Math.multiplyExact(table.value(at), (long) policy.dominancePercent())) {
            return java.util.Optional.of(DisclosureRule.DOMINANT_CONTRIBUTOR);
        }
        return java.util.Optional.empty();
    }

    private static Position complement(CrossTable table, SortedSet<Position> hidden, Position exposed) {
        List<Position> candidates = new ArrayList<>();
        for (int c = 0; c <= table.columnCount(); c++) {
            candidates.add(new Position(exposed.row(), c));
        }
        for (int r = 0; r <= table.rowCount(); r++) {
            candidates.add(new Position(r, exposed.column()));
        }
        candidates.removeIf(hidden::contains);
        List<Position> filled =
                candidates.stream().filter(at -> table.value(at) > 0).toList();
        List<Position> pool = new ArrayList<>(filled.isEmpty() ? candidates : filled);
        if (pool.isEmpty()) {
            // The row and the column are hidden entirely, yet the cell is determined through other rows: widen to
            // the whole table.
            for (Position at : table.positions()) {
                if (!hidden.contains(at)) {
                    pool.add(at);
                }
            }
            List<Position> filledAnywhere =
                    pool.stream().filter(at -> table.value(at) > 0).toList();
            if (!filledAnywhere.isEmpty()) {
                pool = new ArrayList<>(filledAnywhere);
            }
        }
        pool.sort(Comparator.comparingLong(table::value).thenComparing(Comparator.naturalOrder()));
        for (Position candidate : pool) {
            SortedSet<Position> trial = new TreeSet<>(hidden);
            trial.add(candidate);
            if (!Derivability.derivable(table.rowCount(), table.columnCount(), trial)
                    .contains(exposed)) {
                return candidate;
            }
        }
        return pool.getFirst();
    }
}
