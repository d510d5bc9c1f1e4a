package nl.leerbudget.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DerivabilityTest {

    private static SortedSet<Position> hidden(Position... cells) {
        return new TreeSet<>(java.util.List.of(cells));
    }

    @Test
    void aSingleHiddenCellIsWorkedOutFromItsRowTotal() {
        SortedSet<Position> hidden = hidden(new Position(0, 0));

        assertThat(Derivability.derivable(3, 3, hidden)).containsExactly(new Position(0, 0));
    }

    @Test
    void twoHiddenCellsInOneRowAreWorkedOutThroughTheirColumns() {
        SortedSet<Position> hidden = hidden(new Position(0, 0), new Position(0, 1));

        assertThat(Derivability.derivable(3, 3, hidden)).containsExactly(new Position(0, 0), new Position(0, 1));
    }

    @Test
    void aRectangleOfFourHiddenCellsProtectsEachOfThem() {
        SortedSet<Position> hidden =
                hidden(new Position(0, 0), new Position(0, 1), new Position(1, 0), new Position(1, 1));

        assertThat(Derivability.derivable(3, 3, hidden)).isEmpty();
        Derivability.examine(3, 3, hidden)
                .forEach((cell, witness) -> assertThat(witness)
                        .hasValueSatisfying(w ->
                                assertThat(WitnessCheck.proves(w, 3, 3, hidden)).isTrue()));
    }

    @Test
    void aHiddenRowTotalWithOneHiddenCellIsStillWorkedOutThroughTheColumns() {
        // Row 0's cell (0,0) and its total (0,3) are hidden; column 0's total gives (0,0), and then the row its total.
        SortedSet<Position> hidden = hidden(new Position(0, 0), new Position(0, 3));

        assertThat(Derivability.derivable(3, 3, hidden)).containsExactly(new Position(0, 0), new Position(0, 3));
    }

    @Test
    void aOneColumnTableHidesACellTogetherWithItsRowTotalAndAnotherRow() {
        // One column: the row total repeats the cell, so it must be hidden too, and a second row with it.
        SortedSet<Position> pair = hidden(new Position(0, 0), new Position(0, 1));
        SortedSet<Position> square =
                hidden(new Position(0, 0), new Position(0, 1), new Position(1, 0), new Position(1, 1));

        assertThat(Derivability.derivable(3, 1, pair)).containsExactly(new Position(0, 0), new Position(0, 1));
        assertThat(Derivability.derivable(3, 1, square)).isEmpty();
    }

    @Test
    void everythingHiddenDeterminesNothing() {
        SortedSet<Position> all = new TreeSet<>();
        for (int r = 0; r <= 4; r++) {
            for (int c = 0; c <= 2; c++) {
                all.add(new Position(r, c));
            }
        }

        assertThat(Derivability.examine(4, 2, all).values())
                .allSatisfy(w -> assertThat(w).isNotEqualTo(Optional.empty()));
    }
}
