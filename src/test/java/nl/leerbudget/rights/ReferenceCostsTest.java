package nl.leerbudget.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.shared.Money;
import org.junit.jupiter.api.Test;

class ReferenceCostsTest {

    @Test
    void theShippedTableCoversEveryTrackFrom2010To2026AndMarksItsEstimates() {
        ReferenceCosts costs = ReferenceCosts.standard();

        assertThat(costs.version()).isEqualTo("2026.1");
        assertThat(costs.costs()).hasSize(EducationTrack.values().length * 17);
        assertThat(costs.costs()).allSatisfy(cost -> {
            assertThat(cost.year()).isBetween(2010, 2026);
            assertThat(cost.assumption()).isTrue();
            assertThat(cost.source()).startsWith("Aanname");
        });
        assertThat(costs.cost(EducationTrack.WO_MASTER, 2026).cost()).isEqualTo(Money.euros(11_000));
    }

    @Test
    void takesTheNearestYearOutsideTheTable() {
        ReferenceCosts costs = ReferenceCosts.standard();

        assertThat(costs.cost(EducationTrack.MBO4_BOL, 1995).year()).isEqualTo(2010);
        assertThat(costs.cost(EducationTrack.MBO4_BOL, 2031).year()).isEqualTo(2026);
        assertThat(costs.cost(EducationTrack.MBO4_BOL, 2014).year()).isEqualTo(2014);
        assertThat(costs.cost(EducationTrack.MBO4_BOL, 2014).cost()).isEqualTo(Money.euros(8_600));
    }

    @Test
    void readsSourcesInQuotesWithCommasAndOfficialFigures() {
        List<String> rows = rows();
        rows.set(1, "VO,2020,8123.45,no,\"OCW, Kerncijfers 2024, tabel \"\"vo\"\"\"");

        ReferenceCosts costs = ReferenceCosts.parse(table(rows), "test.csv");

        YearlyCost vo = costs.cost(EducationTrack.VO, 2020);
        assertThat(vo.cost()).isEqualTo(Money.cents(812_345));
        assertThat(vo.assumption()).isFalse();
        assertThat(vo.source()).isEqualTo("OCW, Kerncijfers 2024, tabel \"vo\"");
    }

    @Test
    void reportsEveryProblemWithItsLineNumber() {
        List<String> rows = rows();
        rows.add("MBO5-BOL,2020,1000,yes,x"); // line 5 + rows.size()
        rows.add("VO,20x0,1000,yes,x");
        rows.add("VO,2019,10.001,yes,x");
        rows.add("VO,2019,-5,yes,x");
        rows.add("VO,2019,1000,maybe,x");
        rows.add("VO,2019,1000,yes,");
        rows.add("VO,2020,1000,yes,x");
        rows.add("VO,2019,1000,yes");
        rows.add("VO,2019,1000,yes,\"not closed");
        int first = 4 + rows.size() - 9;

        assertThatThrownBy(() -> ReferenceCosts.parse(table(rows), "costs.csv"))
                .isInstanceOfSatisfying(
                        RightsDataException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "line " + first + ": unknown track 'MBO5-BOL' (known: VO, MBO1-BOL, MBO1-BBL,"
                                                + " MBO2-BOL, MBO2-BBL, MBO3-BOL, MBO3-BBL, MBO4-BOL, MBO4-BBL, HBO-AD,"
                                                + " HBO-BACHELOR, HBO-MASTER, WO-BACHELOR, WO-MASTER)",
                                        "line " + (first + 1) + ": year '20x0' is not a year from 1900 on",
                                        "line " + (first + 2)
                                                + ": cost '10.001' is not an amount in euros with at most two decimals",
                                        "line " + (first + 3) + ": cost '-5' is negative",
                                        "line " + (first + 4) + ": assumption 'maybe' is not 'yes' or 'no'",
                                        "line " + (first + 5) + ": no source: every value names where it comes from",
                                        "line " + (first + 6)
                                                + ": a second cost for VO in 2020 (the first is on line 5)",
                                        "line " + (first + 7)
                                                + ": expected 5 fields (track,year,cost,assumption,source)," + " got 4",
                                        "line " + (first + 8) + ": a quoted field is not closed"))
                .hasMessageStartingWith("costs.csv: line ");
    }

    @Test
    void refusesATableWithoutVersionOrHeader() {
        assertThatThrownBy(() -> ReferenceCosts.parse("track,year,cost,assumption,source\n", "a.csv"))
                .isInstanceOfSatisfying(
                        RightsDataException.class,
                        e -> assertThat(e.problems()).containsExactly("no '# version: ...' line"));
        assertThatThrownBy(() -> ReferenceCosts.parse("# version: 1\ntrack;year;cost\n", "b.csv"))
                .isInstanceOfSatisfying(
                        RightsDataException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("line 2: expected the header 'track,year,cost,assumption,source', got"
                                        + " 'track;year;cost'"));
    }

    @Test
    void refusesATableThatMissesATrackOrAYear() {
        List<String> withoutWo = new ArrayList<>(
                rows().stream().filter(row -> !row.startsWith("WO-MASTER")).toList());
        withoutWo.add("VO,2022,1000,yes,x");

        assertThatThrownBy(() -> ReferenceCosts.parse(table(withoutWo), "c.csv"))
                .isInstanceOfSatisfying(
                        RightsDataException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "no cost for VO in 2021, between the years on lines 5 and 30",
                                        "no costs for track WO-MASTER"));
    }

    /** Two rows (2019 and 2020) for every track, in track order: VO 2019 is on line 4, VO 2020 on line 5. */
    static List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (EducationTrack track : EducationTrack.values()) {
            rows.add(track.code() + ",2019,1000,yes,test");
            rows.add(track.code() + ",2020,1200,yes,test");
        }
        return rows;
    }

    static String table(List<String> rows) {
        return "# A test table\n# version: t1\ntrack,year,cost,assumption,source\n" + String.join("\n", rows) + "\n";
    }
}
