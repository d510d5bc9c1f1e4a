package nl.leerbudget.monitoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tables {@code monitoring} publishes. The id names a table's layout and is kept across its releases (rule D4
 * works by it); the name is the table's file name on the page and in the open-data export.
 */
public enum StatisticsTable {
    UPTAKE_BY_EDUCATION(
            "gebruik-naar-opleidingsniveau-en-leeftijd",
            "gebruik-naar-opleidingsniveau",
            "Personen met een subsidie, naar opleidingsniveau en leeftijd",
            "opleidingsniveau",
            "leeftijd",
            Unit.PEOPLE),
    UPTAKE_BY_SECTOR(
            "gebruik-naar-sector-en-leeftijd",
            "gebruik-naar-sector",
            "Personen met een subsidie, naar sector en leeftijd",
            "sector",
            "leeftijd",
            Unit.PEOPLE),
    UPTAKE_BY_LABOUR_MARKET(
            "gebruik-naar-arbeidsmarkt-en-leeftijd",
            "gebruik-naar-arbeidsmarkt",
            "Personen met een subsidie, naar band met de arbeidsmarkt en leeftijd",
            "arbeidsmarkt",
            "leeftijd",
            Unit.PEOPLE),
    GRANTS_BY_OFFERING_TYPE(
            "subsidiebedrag-naar-soort-opleiding-en-stand",
            "subsidiebedrag-naar-soort-opleiding",
            "Bedrag van de subsidies, naar soort opleiding en wat ermee gebeurde",
            "soort_opleiding",
            "stand",
            Unit.EUROS),
    GRANTS_BY_WINDOW(
            "subsidiebedrag-naar-tijdvak-en-stand",
            "subsidiebedrag-naar-tijdvak",
            "Bedrag van de subsidies, per aanvraagtijdvak en wat ermee gebeurde",
            "aanvraagtijdvak",
            "stand",
            Unit.EUROS);

    /** What the cells of a table count. */
    public enum Unit {
        PEOPLE("aantal_personen"),
        EUROS("bedrag_euro");

        private final String heading;

        Unit(String heading) {
            this.heading = heading;
        }

        /** The heading of the value in a CSV file. */
        public String heading() {
            return heading;
        }
    }

    private final String id;
    private final String name;
    private final String title;
    private final String rowHeading;
    private final String columnHeading;
    private final Unit unit;

    StatisticsTable(String id, String name, String title, String rowHeading, String columnHeading, Unit unit) {
        this.id = id;
        this.name = name;
        this.title = title;
        this.rowHeading = rowHeading;
        this.columnHeading = columnHeading;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return name;
    }

    public String title() {
        return title;
    }

    public String rowHeading() {
        return rowHeading;
    }

    public String columnHeading() {
        return columnHeading;
    }

    public Unit unit() {
        return unit;
    }

    /** The table with this file name, if any. */
    public static Optional<StatisticsTable> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name.equals(name)).findFirst();
    }
}
