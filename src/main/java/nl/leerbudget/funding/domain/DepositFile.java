package nl.leerbudget.funding.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leerbudget.funding.FileProblem;
import nl.leerbudget.funding.FundingRule;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A deposit file as a funder uploads it: one line per person with the amount for them. Columns: {@code bsn} or
 * {@code persoon-id}, {@code bedrag}, and optionally {@code kenmerk} (shown on the person's statement, such as a
 * personnel number). Every line is read and every problem reported, with its line number, before anything is booked;
 * whether each person exists is for the person registry to say.
 */
public record DepositFile(List<Line> lines, List<FileProblem> problems, int rows) {

    public static final int MAX_LINES = 100_000;
    private static final Set<String> KNOWN = Set.of("bsn", "persoon-id", "bedrag", "kenmerk");
    private static final Set<String> REQUIRED = Set.of("bedrag");

    /** A file that could not be read line by line. */
    DepositFile(FileProblem problem) {
        this(List.of(), List.of(problem), 0);
    }

    public DepositFile {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** One person's deposit; {@code person} null when the line names a person id that is not a UUID. */
    public record Line(
            int number,
            @Nullable PersonKey person,
            @Nullable Money amount,
            @Nullable String reference) {}

    public static DepositFile parse(String text) {
        List<CsvText.Row> rows;
        try {
            rows = CsvText.parse(text);
        } catch (IllegalArgumentException e) {
            return new DepositFile(
                    new FileProblem(0, FundingRule.FIELD_COUNT, "Een veld tussen aanhalingstekens is niet gesloten."));
        }
        if (rows.size() < 2) {
            return new DepositFile(new FileProblem(0, FundingRule.FILE_EMPTY, null));
        }
        if (rows.size() - 1 > MAX_LINES) {
            return new DepositFile(new FileProblem(0, FundingRule.TOO_MANY_LINES, null));
        }
        Columns columns = Columns.of(rows.getFirst().cells(), KNOWN, REQUIRED);
        if (columns == null) {
            return new DepositFile(new FileProblem(1, FundingRule.HEADER, null));
        }
        List<Line> lines = new ArrayList<>(rows.size() - 1);
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
            Money amount = Amounts.positive(columns.cell(row.cells(), "bedrag"));
            if (amount == null) {
                problems.add(
                        new FileProblem(row.line(), FundingRule.AMOUNT, found(columns.cell(row.cells(), "bedrag"))));
            }
            String reference = columns.cell(row.cells(), "kenmerk");
            if (reference.length() > 200) {
                problems.add(new FileProblem(row.line(), FundingRule.TEXT, null));
            }
            lines.add(new Line(row.line(), person, amount, reference.isEmpty() ? null : reference));
        }
        return new DepositFile(lines, problems, rows.size() - 1);
    }

    static @Nullable String found(String value) {
        if (value.isEmpty()) {
            return "Er staat niets.";
        }
        return "Er staat: \u201c" + (value.length() > 40 ? value.substring(0, 40) + "\u2026" : value) + "\u201d.";
    }
}
