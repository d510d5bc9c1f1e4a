package nl.leerbudget.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.leerbudget.monitoring.DisclosureRule;
import org.junit.jupiter.api.Test;

class CrossTableTalliesTest {

    private static final List<String> ROWS = List.of("korte cursus", "mbo-certificaat");
    private static final List<String> COLUMNS = List.of("begonnen", "vervallen");

    @Test
    void theMarginsAddTheCountsAndAmountsAndKeepTheLargestGrant() {
        CrossTable table = CrossTable.ofTallies(
                "t",
                ROWS,
                COLUMNS,
                new long[][] {{12, 3}, {20, 0}},
                new long[][] {{1_200_000, 300_000}, {4_000_000, 0}},
                new long[][] {{100_000, 100_000}, {250_000, 0}});

        Position rowTotal = new Position(0, 2);
        Position grand = new Position(2, 2);
        assertThat(table.people(rowTotal)).isEqualTo(15);
        assertThat(table.value(rowTotal)).isEqualTo(1_500_000);
        assertThat(table.largest(rowTotal)).isEqualTo(100_000);
        assertThat(table.people(grand)).isEqualTo(35);
        assertThat(table.value(grand)).isEqualTo(5_500_000);
        assertThat(table.largest(grand)).isEqualTo(250_000);
    }

    @Test
    void fewerThanTenGrantsAndOneDominantGrantAreHidden() {
        CrossTable table = CrossTable.ofTallies(
                "t",
                ROWS,
                COLUMNS,
                new long[][] {{12, 3}, {20, 10}},
                new long[][] {{1_200_000, 300_000}, {4_000_000, 1_000_000}},
                new long[][] {{100_000, 100_000}, {250_000, 400_000}});

        assertThat(Disclosure.primary(table, DisclosurePolicyReader.builtIn(), new Position(0, 1)))
                .contains(DisclosureRule.FEW_PEOPLE);
        // 400,000 of 1,000,000 is 40%: more than the 30% one contributor may hold
        assertThat(Disclosure.primary(table, DisclosurePolicyReader.builtIn(), new Position(1, 1)))
                .contains(DisclosureRule.DOMINANT_CONTRIBUTOR);
        assertThat(Disclosure.primary(table, DisclosurePolicyReader.builtIn(), new Position(1, 0)))
                .isEmpty();
    }

    @Test
    void aTallyThatCannotBeTrueIsRefused() {
        assertThatThrownBy(() -> CrossTable.ofTallies(
                        "t",
                        ROWS,
                        COLUMNS,
                        new long[][] {{2, 0}, {0, 0}},
                        new long[][] {{500, 0}, {0, 0}},
                        new long[][] {{100, 0}, {0, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrossTable.ofTallies(
                        "t", ROWS, COLUMNS, new long[][] {{0, 0}, {0, 0}}, new long[][] {{5, 0}, {0, 0}}, new long[][] {
                            {5, 0}, {0, 0}
                        }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
