package nl.leerbudget.skills.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The CSV of ESCO's download (RFC 4180): comma-separated, a header row, fields in double quotes when they hold a comma,
 * a quote or a line break (alternative labels are one per line inside one field), a byte order mark at most at the
 * start. Rows are handed over one by one as maps from the header's column names, so that a file of 120,000 rows is
 * never held as text.
 */
public final class EscoCsv {

    private EscoCsv() {}

    /** A data row, by the header's column names; a column the row lacks reads as empty. */
    public record Row(Map<String, Integer> columns, List<String> cells, long line) {
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new EscoFileException("no column '" + column + "' (columns: " + columns.keySet() + ")");
            }
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean has(String column) {
            return columns.containsKey(column);
        }
    }

    /** Reads every data row of {@code in} in order; returns how many there were. */
    public static long read(Reader in, Consumer<Row> each) {
        try {
            Parser parser = new Parser(each);
            int c = in.read();
            if (c == '\uFEFF') {
                c = in.read();
            }
            boolean quoted = false;
            while (c != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        int next = in.read();
                        if (next != '"') {
                            quoted = false;
                            c = next;
                            continue;
                        }
                    }
                    parser.append(ch);
                } else if (ch == '"' && parser.atCellStart()) {
                    quoted = true;
                    parser.quoted();
                } else if (ch == ',') {
                    parser.endCell();
                } else if (ch == '\n') {
                    parser.endRow();
                } else if (ch != '\r') {
                    parser.append(ch);
                }
                c = in.read();
            }
            if (quoted) {
                throw new EscoFileException("a quoted field is not closed at the end of the file");
            }
            parser.endRow();
            return parser.rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Parser {
        private final Consumer<Row> each;
        private @Nullable Map<String, Integer> columns;
        private List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private boolean started;
        private boolean cellStarted;
        private long line = 1;
        private long rows;

        Parser(Consumer<Row> each) {
            this.each = each;
        }

        boolean atCellStart() {
            return !cellStarted;
        }

        void quoted() {
            started = true;
            cellStarted = true;
        }

        void append(char ch) {
            if (ch == '\n') {
                line++;
            }
            cell.append(ch);
            started = true;
            cellStarted = true;
        }

        void endCell() {
            cells.add(cell.toString());
            cell.setLength(0);
            started = true;
            cellStarted = false;
        }

        void endRow() {
            if (started) {
                endCell();
                Map<String, Integer> known = columns;
                if (known == null) {
                    Map<String, Integer> header = new HashMap<>();
                    for (int i = 0; i < cells.size(); i++) {
                        header.put(cells.get(i).strip(), i);
                    }
                    columns = Map.copyOf(header);
                } else {
                    each.accept(new Row(known, List.copyOf(cells), line));
                    rows++;
                }
            }
            cells = new ArrayList<>();
            started = false;
            cellStarted = false;
            line++;
        }
    }
}
