package nl.leerbudget.ledger.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.platform.web.Characters;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A bulk deposit file: CSV (RFC 4180, comma separated, UTF-8) with a header line naming the columns. Every line
 * deposits into a new compartment of one person. Columns: {@code personId}, {@code amount}, {@code label} (required);
 * {@code validFrom}, {@code validUntil}, {@code expiryRule}, {@code offeringTypes} (separated by {@code ;}),
 * {@code recognisedOnly}, {@code reference} (optional). The whole file is read and checked before anything is
 * written; every bad line is reported.
 */
record DepositFile(List<Line> lines, List<FieldViolation> violations) {

    static final int MAX_LINES = 100_000;
    private static final Set<String> REQUIRED = Set.of("personId", "amount", "label");
    private static final Set<String> KNOWN = Set.of(
            "personId",
            "amount",
            "label",
            "validFrom",
            "validUntil",
            "expiryRule",
            "offeringTypes",
            "recognisedOnly",
            "reference");

    record Line(
            int number,
            PersonId person,
            Money amount,
            String label,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            ExpiryRule expiryRule,
            CompartmentConditions conditions,
            @Nullable String reference) {}

    static DepositFile parse(String text) {
        List<FieldViolation> violations = new ArrayList<>();
        List<List<String>> rows;
        try {
            rows = Csv.parse(text);
        } catch (IllegalArgumentException e) {
            return new DepositFile(
                    List.of(), List.of(new FieldViolation("file", "format", String.valueOf(e.getMessage()))));
        }
        if (rows.isEmpty()) {
            return new DepositFile(List.of(), List.of(new FieldViolation("file", "required", "the file is empty")));
        }
        List<String> header = rows.getFirst().stream().map(String::strip).toList();
        // Labels and references are stored and shown: the characters every request is held to (Characters).
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String problem = Characters.problem(row.get(c));
                if (problem != null) {
                    String column = c < header.size() ? header.get(c) : "column" + (c + 1);
                    violations.add(new FieldViolation(
                            r == 0 ? "header" : "lines[" + (r + 1) + "]." + column, "character", problem));
                }
            }
        }
        if (!violations.isEmpty()) {
            return new DepositFile(List.of(), violations);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!KNOWN.contains(name)) {
                violations.add(new FieldViolation("header", "unknown", "unknown column '" + name + "'"));
            } else if (columns.put(name, i) != null) {
                violations.add(new FieldViolation("header", "duplicate", "column '" + name + "' appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                violations.add(new FieldViolation("header", "required", "column '" + required + "' is missing"));
            }
        }
        if (!violations.isEmpty()) {
            return new DepositFile(List.of(), violations);
        }
        if (rows.size() - 1 > MAX_LINES) {
            return new DepositFile(
                    List.of(),
                    List.of(new FieldViolation(
                            "file", "size", "at most " + MAX_LINES + " lines per file; split the file")));
        }
        if (rows.size() == 1) {
            return new DepositFile(List.of(), List.of(new FieldViolation("file", "required", "the file has no lines")));
        }
        List<Line> lines = new ArrayList<>(rows.size() - 1);
        for (int r = 1; r < rows.size(); r++) {
            Line line = new LineReader(r + 1, rows.get(r), columns, header.size(), violations).read();
            if (line != null) {
                lines.add(line);
            }
        }
        return new DepositFile(violations.isEmpty() ? lines : List.of(), violations);
    }

    /** Reads one line; the line number counts the header as line 1, as a spreadsheet shows it. */
    private record LineReader(
            int number, List<String> cells, Map<String, Integer> columns, int width, List<FieldViolation> out) {

        @Nullable
        Line read() {
            int before = out.size();
            if (cells.size() != width) {
                violate("line", "format", "has " + cells.size() + " fields, the header has " + width);
                return null;
            }
            PersonId person = parse("personId", true, "must be a UUID", s -> new PersonId(UUID.fromString(s)));
            Money amount = parse("amount", true, "must be a decimal amount greater than zero, such as 1000.00", s -> {
                Money m = Money.parse(s);
                if (!m.isPositive()) {
                    throw new IllegalArgumentException("not positive");
                }
                return m;
            });
            String label = parse("label", true, "must have 1 to 200 characters", s -> {
                if (s.length() > 200) {
                    throw new IllegalArgumentException("too long");
                }
                return s;
            });
            LocalDate from = parse("validFrom", false, "must be a date as yyyy-mm-dd", LocalDate::parse);
            LocalDate until = parse("validUntil", false, "must be a date as yyyy-mm-dd", LocalDate::parse);
            ExpiryRule rule =
                    parse("expiryRule", false, "must be RETURN_TO_FUNDER or LAPSE_TO_STATE", ExpiryRule::valueOf);
            Set<OfferingType> types = parse("offeringTypes", false, "must be offering types separated by ';'", s -> {
                Set<OfferingType> set = EnumSet.noneOf(OfferingType.class);
                for (String t : s.split(";", -1)) {
                    set.add(OfferingType.valueOf(t.strip()));
                }
                return set;
            });
            Boolean recognised = parse("recognisedOnly", false, "must be true or false", s -> switch (s) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(s);
            });
            String reference = parse("reference", false, "must have at most 200 characters", s -> {
                if (s.length() > 200) {
                    throw new IllegalArgumentException("too long");
                }
                return s;
            });
            if (from != null && until != null && until.isBefore(from)) {
                violate("validUntil", "range", "must not be before validFrom");
            }
            if (out.size() > before || person == null || amount == null || label == null) {
                return null;
            }
            return new Line(
                    number,
                    person,
                    amount,
                    label,
                    from,
                    until,
                    rule == null ? ExpiryRule.RETURN_TO_FUNDER : rule,
                    new CompartmentConditions(
                            types == null ? Set.of() : types, Boolean.TRUE.equals(recognised), null, Set.of()),
                    reference);
        }

        private <T> @Nullable T parse(
                String column, boolean required, String reason, java.util.function.Function<String, T> parser) {
            Integer index = columns.get(column);
            String text = index == null ? "" : cells.get(index).strip();
            if (text.isEmpty()) {
                if (required) {
                    violate(column, "required", "is required");
                }
                return null;
            }
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                violate(column, "format", reason);
                return null;
            }
        }

        private void violate(String column, String code, String reason) {
            out.add(new FieldViolation("lines[" + number + "]." + column, code, reason));
        }
    }

    /** RFC 4180: fields separated by commas, optionally quoted with double quotes, quotes doubled inside. */
    static final class Csv {

        private Csv() {}

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int i = text.startsWith("\uFEFF") ? 1 : 0;
            for (; i < text.length(); i++) {
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
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                        row.add(field.toString());
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                } else {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("a quoted field is not closed");
            }
            if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
