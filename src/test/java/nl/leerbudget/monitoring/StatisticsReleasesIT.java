package nl.leerbudget.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.leerbudget.monitoring.domain.CellKey;
import nl.leerbudget.monitoring.domain.CrossTable;
import nl.leerbudget.monitoring.domain.Position;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Releases keep suppression consistent (D4): the worked example of docs/monitoring.md published, then published again
 * after the small cells grew past ten. The second publication keeps them hidden, although on its own it would show
 * them, so a reader cannot subtract one publication from the other; a new small cell makes a new release whose
 * hidden cells every later publication keeps. Each test publishes a table id of its own.
 */
@IntegrationTest
class StatisticsReleasesIT {

    private static final List<String> ROWS = List.of("laag", "middelbaar", "hoog", "onbekend");
    private static final List<String> COLUMNS = List.of("18-34", "35-49", "50+");

    @Autowired
    Statistics statistics;

    @Test
    void aCellHiddenInTheFirstReleaseStaysHiddenInTheNextAlthoughItGrewPastTen() {
        String id = "test-release-" + UUID.randomUUID();
        CrossTable first = CrossTable.ofCounts(
                id, ROWS, COLUMNS, new long[][] {{120, 85, 7}, {240, 160, 60}, {310, 190, 45}, {4, 12, 3}});

        Publication one = statistics.publish(StatisticsTable.UPTAKE_BY_EDUCATION, first);

        assertThat(one.release()).isEqualTo(1);
        assertThat(one.content().hiddenKeys())
                .containsExactlyInAnyOrder(
                        new CellKey("laag", "50+"),
                        new CellKey("laag", "18-34"),
                        new CellKey("onbekend", "18-34"),
                        new CellKey("onbekend", "50+"));

        // Published again with the same data: the same release, nothing new kept.
        Publication same = statistics.publish(StatisticsTable.UPTAKE_BY_EDUCATION, first);
        assertThat(same.release()).isEqualTo(1);
        assertThat(same.releasedAt()).isEqualTo(one.releasedAt());

        // Every small cell grows past ten: on its own, the table would hide nothing.
        CrossTable grown = CrossTable.ofCounts(
                id, ROWS, COLUMNS, new long[][] {{120, 85, 14}, {240, 160, 60}, {310, 190, 45}, {11, 12, 13}});
        assertThat(nl.leerbudget.monitoring.domain.Disclosure.protect(grown, statistics.policy())
                        .hidden())
                .isEmpty();

        Publication two = statistics.publish(StatisticsTable.UPTAKE_BY_EDUCATION, grown);

        assertThat(two.content().hiddenKeys()).containsAll(one.content().hiddenKeys());
        assertThat(two.content().reason(new Position(0, 2))).contains(DisclosureRule.EARLIER_RELEASE);
        assertThat(two.content().reason(new Position(3, 0))).contains(DisclosureRule.EARLIER_RELEASE);
        assertThat(two.content().reason(new Position(3, 2))).contains(DisclosureRule.EARLIER_RELEASE);
        assertThat(two.content().value(new Position(0, 2))).isEmpty();
        assertThat(two.content().value(new Position(3, 0))).isEmpty();
        // The same cells are hidden (now by D4): it is still the first release.
        assertThat(two.content().hiddenKeys()).isEqualTo(one.content().hiddenKeys());
        assertThat(two.release()).isEqualTo(1);
    }

    @Test
    void aNewSmallCellInALaterReleaseIsKeptAsANewReleaseAndStaysHiddenAfterwards() {
        String id = "test-release-" + UUID.randomUUID();
        CrossTable big =
                CrossTable.ofCounts(id, List.of("a", "b"), List.of("x", "y"), new long[][] {{50, 60}, {70, 80}});
        Publication one = statistics.publish(StatisticsTable.UPTAKE_BY_EDUCATION, big);
        assertThat(one.content().hidden()).isEmpty();

        CrossTable small =
                CrossTable.ofCounts(id, List.of("a", "b"), List.of("x", "y"), new long[][] {{50, 60}, {70, 5}});
        Publication two = statistics.publish(StatisticsTable.UPTAKE_BY_EDUCATION, small);
        assertThat(two.release()).isEqualTo(2);
        assertThat(two.content().hiddenKeys()).contains(new CellKey("b", "y"));

        Publication three = statistics.publish(StatisticsTable.UPTAKE_BY_EDUCATION, big);
        assertThat(three.content().hiddenKeys()).isEqualTo(two.content().hiddenKeys());
        assertThat(three.content().value(new Position(1, 1))).isEmpty();
    }
}
