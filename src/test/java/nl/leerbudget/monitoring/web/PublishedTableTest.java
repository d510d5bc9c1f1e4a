package nl.leerbudget.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.leerbudget.monitoring.domain.CrossTable;
import nl.leerbudget.monitoring.domain.Disclosure;
import nl.leerbudget.monitoring.domain.DisclosurePolicyReader;
import nl.leerbudget.monitoring.domain.ProtectedTable;
import org.junit.jupiter.api.Test;

class PublishedTableTest {

    private static final ProtectedTable WORKED_EXAMPLE = Disclosure.protect(
            CrossTable.ofCounts(
                    "gebruik",
                    List.of("laag", "middelbaar", "hoog", "onbekend"),
                    List.of("18-34", "35-49", "50+"),
                    new long[][] {{120, 85, 7}, {240, 160, 60}, {310, 190, 45}, {4, 12, 3}}),
            DisclosurePolicyReader.builtIn());

    @Test
    void theCsvHasOneLinePerCellWithTheMarginsAndNoNumberForAHiddenCell() {
        List<String> lines = PublishedTable.csv(WORKED_EXAMPLE, "opleidingsniveau", "leeftijd")
                .lines()
                .toList();

        assertThat(lines).hasSize(1 + 5 * 4);
        assertThat(lines)
                .contains(
                        "\"laag\",\"18-34\",,ja,D3,\"Dit getal tonen we niet, omdat u anders een verborgen getal kunt"
                                + " uitrekenen uit de totalen.\"",
                        "\"laag\",\"35-49\",85,nee,,",
                        "\"onbekend\",\"Totaal\",19,nee,,",
                        "\"Totaal\",\"Totaal\",1236,nee,,");
        assertThat(lines).filteredOn(line -> line.contains(",ja,")).hasSize(4);
    }

    @Test
    void theTableAndTheChartMarkTheSameHiddenCellsAsTheCsv() {
        PublishedTable shown = PublishedTable.of(WORKED_EXAMPLE);

        assertThat(shown.rows().getFirst().cells())
                .extracting(PublishedTable.Cell::text)
                .containsExactly("✕ D3", "85", "✕ D1", "212");
        assertThat(shown.rows().get(3).cells())
                .extracting(PublishedTable.Cell::text)
                .containsExactly("✕ D1", "12", "✕ D1", "19");
        assertThat(shown.total().cells())
                .extracting(PublishedTable.Cell::text)
                .containsExactly("674", "447", "115", "1.236");
        assertThat(shown.bars()).extracting(PublishedTable.Bar::text).containsExactly("212", "460", "545", "19");
        assertThat(shown.bars().get(2).width()).isEqualTo(PublishedTable.CHART_WIDTH);
        assertThat(shown.rulesUsed()).extracting(r -> r.id()).containsExactly("D1", "D3");
    }
}
