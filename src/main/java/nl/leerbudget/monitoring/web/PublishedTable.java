package nl.leerbudget.monitoring.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.leerbudget.monitoring.DisclosureRule;
import nl.leerbudget.monitoring.domain.CellKey;
import nl.leerbudget.monitoring.domain.CrossTable;
import nl.leerbudget.monitoring.domain.Position;
import nl.leerbudget.monitoring.domain.ProtectedTable;
import nl.leerbudget.shared.Money;

/**
 * A protected table as the page, the chart and the CSV file show it: every cell either its number or the mark of a
 * hidden cell with its rule, the same in all three.
 */
public record PublishedTable(
        List<String> columns, List<Row> rows, Row total, List<DisclosureRule> rulesUsed, List<Bar> bars) {

    /** The mark of a hidden cell in the table and the chart. */
    static final String HIDDEN = "✕";

    public record Cell(String text, boolean hidden, String ruleId, String reason) {}

    public record Row(String label, List<Cell> cells) {}

    /**
     * One bar of the chart: a row's total. {@code width} in the chart's units (0 to {@link #CHART_WIDTH}); a hidden
     * total has no bar, only its mark.
     */
    public record Bar(String label, String text, boolean hidden, int width, int y) {}

    static final int CHART_WIDTH = 400;
    static final int BAR_HEIGHT = 24;

    static PublishedTable of(ProtectedTable table) {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            rows.add(row(table, r, table.rows().get(r)));
        }
        Row total = row(table, table.rowCount(), CellKey.TOTAL);
        List<String> columns = new ArrayList<>(table.columns());
        columns.add(CellKey.TOTAL);
        List<DisclosureRule> used =
                table.hidden().values().stream().distinct().sorted().toList();
        long largest = 1;
        for (int r = 0; r < table.rowCount(); r++) {
            largest = Math.max(
                    largest, table.value(new Position(r, table.columnCount())).orElse(0L));
        }
        long max = largest;
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Optional<Long> value = table.value(new Position(r, table.columnCount()));
            Cell cell = rows.get(r).cells().getLast();
            int width = value.map(v -> (int) (v * CHART_WIDTH / max)).orElse(0);
            bars.add(new Bar(table.rows().get(r), cell.text(), cell.hidden(), width, r * (BAR_HEIGHT + 8)));
        }
        return new PublishedTable(columns, rows, total, used, bars);
    }

    private static Row row(ProtectedTable table, int r, String label) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c <= table.columnCount(); c++) {
            Position at = new Position(r, c);
            Optional<DisclosureRule> rule = table.reason(at);
            cells.add(rule.map(d -> new Cell(HIDDEN + " " + d.id(), true, d.id(), d.reason()))
                    .orElseGet(() -> new Cell(shown(table, table.value(at).orElseThrow()), false, "", "")));
        }
        return new Row(label, cells);
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(value);
    }

    /** A value as the page shows it: people as a number, amounts in whole euros (rounded half up) with a sign. */
    static String shown(ProtectedTable table, long value) {
        if (table.measure() == CrossTable.Measure.AMOUNT_IN_CENTS) {
            return "€ " + number(Math.addExact(value, 50) / 100);
        }
        return number(value);
    }

    /** A value as the CSV file and the open-data export give it: people as a count, amounts in euros with cents. */
    static String plain(ProtectedTable table, long value) {
        if (table.measure() == CrossTable.Measure.AMOUNT_IN_CENTS) {
            return Money.cents(value).toDecimalString();
        }
        return String.valueOf(value);
    }

    public int chartHeight() {
        return bars.size() * (BAR_HEIGHT + 8);
    }

    /**
     * The table as CSV (RFC 4180, UTF-8), one line per cell with the margins, so that it reads as open data: a hidden
     * cell has an empty number, {@code ja} in {@code verborgen} and its rule.
     */
    static String csv(ProtectedTable table, String rowHeading, String columnHeading) {
        return csv(table, rowHeading, columnHeading, "aantal_personen");
    }

    static String csv(ProtectedTable table, String rowHeading, String columnHeading, String valueHeading) {
        StringBuilder out = new StringBuilder();
        out.append(rowHeading)
                .append(',')
                .append(columnHeading)
                .append(',')
                .append(valueHeading)
                .append(",verborgen,regel,reden\r\n");
        for (int r = 0; r <= table.rowCount(); r++) {
            for (int c = 0; c <= table.columnCount(); c++) {
                Position at = new Position(r, c);
                CellKey key = table.key(at);
                Optional<DisclosureRule> rule = table.reason(at);
                out.append(quote(key.row()))
                        .append(',')
                        .append(quote(key.column()))
                        .append(',')
                        .append(table.value(at).map(v -> plain(table, v)).orElse(""))
                        .append(',')
                        .append(rule.isPresent() ? "ja" : "nee")
                        .append(',')
                        .append(rule.map(DisclosureRule::id).orElse(""))
                        .append(',')
                        .append(quote(rule.map(DisclosureRule::reason).orElse("")))
                        .append("\r\n");
            }
        }
        return out.toString();
    }

    private static String quote(String text) {
        return text.isEmpty() ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
