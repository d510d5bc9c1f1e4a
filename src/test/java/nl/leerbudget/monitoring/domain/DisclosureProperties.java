package nl.leerbudget.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.leerbudget.monitoring.DisclosurePolicy;
import nl.leerbudget.monitoring.DisclosureRule;

/**
 * Over thousands of random tables with their margins (counts and amounts, one to seven rows and columns, many small
 * and empty cells, an earlier release with its own hidden cells): every cell that a primary rule or the earlier
 * release hides is hidden, and no hidden cell can be worked out from the published cells and totals. The proof of
 * the latter is a witness per hidden cell, checked here by plain sums, not by the elimination that found it.
 */
class DisclosureProperties {

    private static final DisclosurePolicy POLICY = DisclosurePolicyReader.builtIn();

    record Given(long[][] counts, List<CellKey> earlier) {}

    @Provide
    Arbitrary<Given> countTables() {
        Arbitrary<Long> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 9)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(10, 400)));
        return Combinators.combine(
                        Arbitraries.integers().between(1, 7),
                        Arbitraries.integers().between(1, 7))
                .flatAs((rows, columns) -> Combinators.combine(
                                cell.array(long[].class)
                                        .ofSize(columns)
                                        .array(long[][].class)
                                        .ofSize(rows),
                                Combinators.combine(
                                                Arbitraries.integers().between(0, rows),
                                                Arbitraries.integers().between(0, columns))
                                        .as((r, c) -> key(r, c, rows, columns))
                                        .list()
                                        .ofMaxSize(3))
                        .as(Given::new));
    }

    private static CellKey key(int r, int c, int rows, int columns) {
        return new CellKey(r == rows ? CellKey.TOTAL : "r" + r, c == columns ? CellKey.TOTAL : "c" + c);
    }

    private static List<String> labels(String prefix, int n) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(prefix + i);
        }
        return labels;
    }

    @Property(tries = 3000)
    void noHiddenCellOfACountTableCanBeWorkedOut(@ForAll("countTables") Given given) {
        int rows = given.counts().length;
        int columns = given.counts()[0].length;
        CrossTable table = CrossTable.ofCounts("t", labels("r", rows), labels("c", columns), given.counts());

        ProtectedTable published = Disclosure.protect(table, POLICY, Set.copyOf(given.earlier()));

        assertProtected(table, published, Set.copyOf(given.earlier()));
    }

    record Amounts(int rows, int columns, List<Contribution> parts) {}

    @Provide
    Arbitrary<Amounts> amountTables() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(1, 5))
                .flatAs((rows, columns) -> Combinators.combine(
                                Arbitraries.integers().between(0, rows - 1),
                                Arbitraries.integers().between(0, columns - 1),
                                Arbitraries.integers().between(0, 60).map(i -> "bijdrager-" + i),
                                Arbitraries.longs().between(1, 500_000))
                        .as(Contribution::new)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(200)
                        .map(parts -> new Amounts(rows, columns, parts)));
    }

    @Property(tries = 1500)
    void noHiddenCellOfAnAmountTableCanBeWorkedOut(@ForAll("amountTables") Amounts given) {
        CrossTable table =
                CrossTable.ofAmounts("t", labels("r", given.rows()), labels("c", given.columns()), given.parts());

        ProtectedTable published = Disclosure.protect(table, POLICY);

        assertProtected(table, published, Set.of());
    }

    private static void assertProtected(CrossTable table, ProtectedTable published, Set<CellKey> earlier) {
        for (Position at : table.positions()) {
            Optional<DisclosureRule> primary = Disclosure.primary(table, POLICY, at);
            if (primary.isPresent() || earlier.contains(table.key(at))) {
                assertThat(published.value(at)).as("cell %s must be hidden", at).isEmpty();
            }
        }
        SortedSet<Position> hidden = new TreeSet<>(published.hidden().keySet());
        Map<Position, Optional<Witness>> examined = Derivability.examine(table.rowCount(), table.columnCount(), hidden);
        assertThat(examined.keySet()).isEqualTo(hidden);
        examined.forEach((cell, witness) -> {
            assertThat(witness)
                    .as("hidden cell %s is determined by what is published", cell)
                    .isPresent();
            assertThat(WitnessCheck.proves(witness.orElseThrow(), table.rowCount(), table.columnCount(), hidden))
                    .as("the witness of %s keeps every published number", cell)
                    .isTrue();
        });
    }
}
