package nl.leerbudget.funding.web;

import java.nio.charset.StandardCharsets;
import nl.leerbudget.funding.UsageReport;
import nl.leerbudget.shared.Money;

/**
 * The usage report as CSV (RFC 4180, UTF-8 with a byte order mark so that a spreadsheet reads the accents): the same
 * numbers as the page's table and chart. Amounts as decimals with a point, so that any spreadsheet can add them up.
 */
final class UsageCsv {

    private UsageCsv() {}

    static byte[] write(UsageReport report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("onderdeel,jaar,naam,bedrag\r\n");
        var t = report.totals();
        line(csv, "gestort (totaal)", "", "", Money.cents(t.deposited()));
        line(csv, "nog te besteden", "", "", Money.cents(t.available()));
        line(csv, "gereserveerd", "", "", Money.cents(t.held()));
        line(csv, "uitgegeven (totaal)", "", "", Money.cents(t.spent()));
        line(csv, "teruggekomen (totaal)", "", "", Money.cents(t.returned()));
        line(csv, "naar de overheid (totaal)", "", "", Money.cents(t.lapsed()));
        for (UsageReport.Year y : report.years()) {
            String year = Integer.toString(y.year());
            line(csv, "gestort", year, "", y.deposited());
            line(csv, "uitgegeven", year, "", y.spent());
            line(csv, "teruggekomen", year, "", y.returned());
            line(csv, "naar de overheid", year, "", y.lapsed());
            line(csv, "teruggedraaid", year, "", y.reversed());
        }
        report.byProvider().forEach(s -> line(csv, "uitgegeven per opleider", "", s.name(), s.spent()));
        report.byType().forEach(s -> line(csv, "uitgegeven per soort opleiding", "", s.name(), s.spent()));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, String part, String year, String name, Money amount) {
        csv.append(quote(part))
                .append(',')
                .append(year)
                .append(',')
                .append(quote(name))
                .append(',')
                .append(amount.toDecimalString())
                .append("\r\n");
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so that a spreadsheet does not run it as a formula. */
    private static String quote(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
