package nl.leerbudget.funding.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180): fields optionally quoted with double quotes, quotes doubled inside. The
 * separator is a comma, or a semicolon when the first line has a semicolon and no comma, as a Dutch spreadsheet saves
 * it. Every record keeps the line number it starts on, the header counted as line 1, as a spreadsheet shows it.
 */
public final class CsvText {

    /** One record and the line it starts on. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private CsvText() {}

    /** @throws IllegalArgumentException when a quoted field is never closed */
    public static List<Row> parse(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        char separator = separatorOf(text, start);
        List<Row> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        int line = 1;
        int rowLine = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                started = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
                started = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (started || !field.isEmpty() || !row.isEmpty()) {
                    row.add(field.toString());
                    rows.add(new Row(rowLine, row));
                }
                row = new ArrayList<>();
                field.setLength(0);
                started = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                started = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        if (started || !field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(new Row(rowLine, row));
        }
        return rows;
    }

    private static char separatorOf(String text, int start) {
        int end = text.indexOf('\n', start);
        String first = text.substring(start, end < 0 ? text.length() : end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }
}
