package nl.leerbudget.simulation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerbudget.simulation.Comparison;
import nl.leerbudget.simulation.Distribution;
import nl.leerbudget.simulation.Projection;
import nl.leerbudget.simulation.SideBySide;
import nl.leerbudget.simulation.YearFigures;
import org.jspecify.annotations.Nullable;

/**
 * The result page's tables and charts, in Dutch, from a finished run: the scenarios side by side per year, reach by
 * group in a chosen year, the distribution of the amount per person, and winners and losers between two chosen
 * scenarios. Amounts in the tables are the figures of the CSV files, written in millions of euros.
 */
record ResultView(
        List<Column> columns,
        List<Integer> years,
        int year,
        List<CostRow> costs,
        BarChart costChart,
        List<DetailRow> details,
        List<ReachTable> reach,
        BarChart reachChart,
        List<BandRow> distribution,
        BarChart distributionChart,
        String from,
        String to,
        @Nullable Comparison comparison,
        List<ComparisonRow> comparisonRows) {

    /** A scenario as the page names it: by its id as in the CSV files, and by its name. */
    record Column(String id, String name, String description) {}

    /** @param publicCosts per scenario, in millions, with execution costs */
    record CostRow(int year, List<String> publicCosts) {}

    /** One line of costs.csv, written for people. */
    record DetailRow(
            String scenario,
            int year,
            String publicCost,
            String execution,
            String privateCost,
            String spent,
            String lapsed,
            String liability,
            String balance,
            String participants,
            String grants) {}

    record ReachTable(String id, String title, List<ReachRow> rows) {}

    /** @param cells per scenario: people reached and the share of the group */
    record ReachRow(String group, String people, List<String> reached, List<String> shares) {}

    /** @param people per scenario, people who received an amount in the band over the whole run */
    record BandRow(String band, List<String> people) {}

    record ComparisonRow(String group, String winners, String losers, String unchanged, String gain, String loss) {}

    private static final Map<String, String> DIMENSIONS = dimensions();

    private static Map<String, String> dimensions() {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("opleidingsniveau", "Opleidingsniveau");
        dimensions.put("leeftijd", "Leeftijd");
        dimensions.put("arbeidspositie", "Positie op de arbeidsmarkt");
        dimensions.put("sector", "Sector");
        return dimensions;
    }

    static ResultView of(
            SideBySide result, @Nullable Integer askedYear, @Nullable String askedFrom, @Nullable String askedTo) {
        List<Projection> projections = result.projections();
        List<Column> columns = projections.stream()
                .map(p -> new Column(
                        p.scenario().id(), p.scenario().name(), p.scenario().description()))
                .toList();
        List<String> ids = columns.stream().map(Column::id).toList();
        List<Integer> years =
                projections.getFirst().years().stream().map(YearFigures::year).toList();
        int year = askedYear != null && years.contains(askedYear) ? askedYear : years.getFirst();
        int yearIndex = years.indexOf(year);

        List<CostRow> costs = new ArrayList<>();
        List<BarChart.Group> costGroups = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            List<String> texts = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (Projection projection : projections) {
                long cents = projection.year(y).publicCents();
                texts.add(SimulationText.millions(cents));
                values.add(cents);
            }
            costs.add(new CostRow(years.get(y), texts));
            costGroups.add(new BarChart.Group(Integer.toString(years.get(y)), values, texts));
        }
        BarChart costChart = BarChart.of(
                "grafiek-kosten",
                "Publieke kosten per jaar, met uitvoeringskosten",
                "miljoenen euro's",
                ids,
                costGroups);

        List<DetailRow> details = new ArrayList<>();
        for (Projection projection : projections) {
            for (YearFigures figures : projection.years()) {
                details.add(new DetailRow(
                        projection.scenario().id(),
                        figures.year(),
                        SimulationText.millions(figures.publicCents()),
                        SimulationText.millions(figures.executionCents()),
                        SimulationText.millions(figures.privateCents()),
                        SimulationText.millions(figures.spentCents()),
                        SimulationText.millions(figures.lapsedCents()),
                        SimulationText.millions(figures.liabilityCents()),
                        SimulationText.millions(figures.accountBalanceCents()),
                        SimulationText.count(figures.participants()),
                        SimulationText.count(figures.grants())));
            }
        }

        List<ReachTable> reach = new ArrayList<>();
        BarChart reachChart = null;
        for (var dimension : DIMENSIONS.entrySet()) {
            List<ReachRow> rows = new ArrayList<>();
            List<BarChart.Group> groups = new ArrayList<>();
            List<YearFigures.Reach> first = reachOf(projections.getFirst(), yearIndex, dimension.getKey());
            for (int g = 0; g < first.size(); g++) {
                List<String> reached = new ArrayList<>();
                List<String> shares = new ArrayList<>();
                List<Long> values = new ArrayList<>();
                for (Projection projection : projections) {
                    YearFigures.Reach cell =
                            reachOf(projection, yearIndex, dimension.getKey()).get(g);
                    reached.add(SimulationText.count(cell.reached()));
                    shares.add(SimulationText.percent(cell.reached(), cell.people()));
                    values.add(cell.people() == 0 ? 0 : cell.reached() * 100_000 / cell.people());
                }
                YearFigures.Reach group = first.get(g);
                rows.add(new ReachRow(group.group(), SimulationText.count(group.people()), reached, shares));
                groups.add(new BarChart.Group(group.group(), values, shares));
            }
            reach.add(new ReachTable("bereik-" + dimension.getKey(), dimension.getValue(), rows));
            if (reachChart == null) {
                reachChart = BarChart.of(
                        "grafiek-bereik",
                        "Bereik per opleidingsniveau in " + year,
                        "procenten van de mensen in de groep die met publiek geld leerden",
                        ids,
                        groups);
            }
        }

        List<Distribution.Band> bands = result.distributions().getFirst().bands();
        List<BandRow> distribution = new ArrayList<>();
        List<BarChart.Group> bandGroups = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            List<String> people = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (Distribution of : result.distributions()) {
                long count = of.bands().get(b).people();
                people.add(SimulationText.count(count));
                values.add(count);
            }
            distribution.add(new BandRow(bands.get(b).label(), people));
            bandGroups.add(new BarChart.Group(bands.get(b).label(), values, people));
        }
        BarChart distributionChart = BarChart.of(
                "grafiek-verdeling",
                "Hoeveel mensen over de hele looptijd welk bedrag aan publiek geld kregen",
                "aantallen mensen",
                ids,
                bandGroups);

        String from = askedFrom != null && ids.contains(askedFrom) ? askedFrom : ids.getFirst();
        String to = askedTo != null && ids.contains(askedTo) && !askedTo.equals(from)
                ? askedTo
                : ids.stream().filter(id -> !id.equals(from)).findFirst().orElse(from);
        Comparison comparison = result.comparison(from, to).orElse(null);
        List<ComparisonRow> comparisonRows = new ArrayList<>();
        if (comparison != null) {
            for (Comparison.Row row : comparison.rows()) {
                comparisonRows.add(new ComparisonRow(
                        row.group(),
                        SimulationText.count(row.winners()),
                        SimulationText.count(row.losers()),
                        SimulationText.count(row.unchanged()),
                        SimulationText.millions(row.gainCents()),
                        SimulationText.millions(row.lossCents())));
            }
        }
        return new ResultView(
                columns,
                years,
                year,
                costs,
                costChart,
                details,
                reach,
                java.util.Objects.requireNonNull(reachChart),
                distribution,
                distributionChart,
                from,
                to,
                comparison,
                comparisonRows);
    }

    private static List<YearFigures.Reach> reachOf(Projection projection, int yearIndex, String dimension) {
        return projection.year(yearIndex).reach().stream()
                .filter(r -> r.dimension().equals(dimension))
                .toList();
    }

    String name(String id) {
        return columns.stream()
                .filter(c -> c.id().equals(id))
                .map(Column::name)
                .findFirst()
                .orElse(id);
    }
}
