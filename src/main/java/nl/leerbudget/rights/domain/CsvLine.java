package nl.leerbudget.rights.domain;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of comma-separated values; a field in double quotes may hold commas and doubled quotes. */
final class CsvLine {

    private CsvLine() {}

    /** @throws IllegalArgumentException for a quote that is not closed or text after a closing quote */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote");
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString().strip());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
        }
    }
}
