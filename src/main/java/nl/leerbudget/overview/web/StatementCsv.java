package nl.leerbudget.overview.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.overview.Overview;

/**
 * The statement as a CSV file, for the page's download and the API alike: UTF-8, a header row, fields separated by
 * {@code ;} (what a Dutch spreadsheet expects, since its decimal separator is the comma), lines ended by CRLF and
 * fields quoted as RFC 4180 says. Dates are ISO ({@code 2027-03-01}); amounts are decimal strings with a point and two
 * decimals ({@code 1234.50}), money in under {@code bij} and money out under {@code af}, never negative. A text that
 * a spreadsheet would read as a formula (it starts with {@code = + - @}) gets a leading {@code '}: provider names come
 * from outside.
 */
final class StatementCsv {

    static final String MEDIA_TYPE = "text/csv";

    static final String HEADER = "datum;omschrijving;potje;bron;bij;af;eenheid;soort;kenmerk";

    private StatementCsv() {}

    static byte[] write(List<Overview.Line> lines) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Overview.Line line : lines) {
            String amount = BigDecimal.valueOf(Math.abs(line.amount()), 2).toPlainString();
            csv.append(line.date())
                    .append(';')
                    .append(text(line.description()))
                    .append(';')
                    .append(text(line.compartmentLabel()))
                    .append(';')
                    .append(text(line.source().dutch()))
                    .append(';')
                    .append(line.isIncoming() ? amount : "")
                    .append(';')
                    .append(line.isIncoming() ? "" : amount)
                    .append(';')
                    .append(line.unit().name())
                    .append(';')
                    .append(line.code().name())
                    .append(';')
                    .append(line.transfer().value())
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String fileName(LocalDate day) {
        return "afschrift-leerrekening-" + day + ".csv";
    }

    /** A text field: defused if a spreadsheet would take it for a formula, quoted if it holds a separator. */
    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
