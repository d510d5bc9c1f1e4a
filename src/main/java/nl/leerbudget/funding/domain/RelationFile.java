package nl.leerbudget.funding.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.leerbudget.funding.FileProblem;
import nl.leerbudget.funding.FundingRule;
import nl.leerbudget.funding.RelationKind;
import org.jspecify.annotations.Nullable;

/**
 * A relation file: one line per employment, membership or client relation. Columns: {@code bsn} or
 * {@code persoon-id}, {@code soort} ({@code dienstverband}, {@code lidmaatschap} or {@code client}), {@code begin}
 * and optionally {@code einde} (the last day; empty: still going on). A line for a relation that is already known
 * (same person, kind and start) sets its end.
 */
public record RelationFile(List<Line> lines, List<FileProblem> problems) {

    private static final Set<String> KNOWN = Set.of("bsn", "persoon-id", "soort", "begin", "einde");
    private static final Set<String> REQUIRED = Set.of("soort", "begin");

    public RelationFile {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public record Line(
            int number,
            @Nullable PersonKey person,
            @Nullable RelationKind kind,
            @Nullable LocalDate start,
            @Nullable LocalDate end) {}

    public static RelationFile parse(String text) {
        List<CsvText.Row> rows;
        try {
            rows = CsvText.parse(text);
        } catch (IllegalArgumentException e) {
            return new RelationFile(
                    List.of(),
                    List.of(new FileProblem(
                            0, FundingRule.FIELD_COUNT, "Een veld tussen aanhalingstekens is niet gesloten.")));
        }
        if (rows.size() < 2) {
            return new RelationFile(List.of(), List.of(new FileProblem(0, FundingRule.FILE_EMPTY, null)));
        }
        if (rows.size() - 1 > DepositFile.MAX_LINES) {
            return new RelationFile(List.of(), List.of(new FileProblem(0, FundingRule.TOO_MANY_LINES, null)));
        }
        Columns columns = Columns.of(rows.getFirst().cells(), KNOWN, REQUIRED);
        if (columns == null) {
            return new RelationFile(List.of(), List.of(new FileProblem(1, FundingRule.HEADER, null)));
        }
        List<Line> lines = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() != columns.width()) {
                problems.add(new FileProblem(row.line(), FundingRule.FIELD_COUNT, null));
                continue;
            }
            PersonKey person = columns.person(row.cells());
            if (person == null) {
                problems.add(new FileProblem(row.line(), FundingRule.PERSON_UNKNOWN, "Het persoon-id is geen UUID."));
            }
            String kindText = columns.cell(row.cells(), "soort");
            RelationKind kind = RelationKind.ofDutch(kindText.toLowerCase(Locale.ROOT));
            if (kind == null) {
                problems.add(new FileProblem(row.line(), FundingRule.RELATION_KIND, DepositFile.found(kindText)));
            }
            LocalDate start = date(columns.cell(row.cells(), "begin"));
            if (start == null) {
                problems.add(new FileProblem(
                        row.line(), FundingRule.DATE, DepositFile.found(columns.cell(row.cells(), "begin"))));
            }
            String endText = columns.cell(row.cells(), "einde");
            LocalDate end = endText.isEmpty() ? null : date(endText);
            if (!endText.isEmpty() && end == null) {
                problems.add(new FileProblem(row.line(), FundingRule.DATE, DepositFile.found(endText)));
            }
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(new FileProblem(row.line(), FundingRule.END_BEFORE_START, null));
            }
            lines.add(new Line(row.line(), person, kind, start, end));
        }
        return new RelationFile(lines, problems);
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
