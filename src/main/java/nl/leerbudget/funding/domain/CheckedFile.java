package nl.leerbudget.funding.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.funding.FileProblem;
import nl.leerbudget.funding.FundingRule;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A deposit file after its check: the good lines with the person found for each, every problem by line, the total of
 * the good lines and how many lines the file had. This, not the file, is what is kept until the funder confirms, so
 * that no BSN is stored outside the person registry. Written as text: one line per record, fields separated by
 * tabs, free text percent-encoded.
 */
public record CheckedFile(List<Line> lines, List<FileProblem> problems, Money total, int rows) {

    public CheckedFile {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public record Line(
            int number,
            PersonId person,
            Money amount,
            @Nullable String reference) {}

    public String linesText() {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(line.number())
                    .append('\t')
                    .append(line.person().value())
                    .append('\t')
                    .append(line.amount().cents())
                    .append('\t')
                    .append(line.reference() == null ? "" : encode(line.reference()))
                    .append('\n');
        }
        return text.toString();
    }

    public String problemsText() {
        StringBuilder text = new StringBuilder();
        for (FileProblem problem : problems) {
            text.append(problem.line())
                    .append('\t')
                    .append(problem.rule().name())
                    .append('\t')
                    .append(problem.found() == null ? "" : encode(problem.found()))
                    .append('\n');
        }
        return text.toString();
    }

    public static CheckedFile read(String linesText, String problemsText, long totalCents, int rows) {
        List<Line> lines = new ArrayList<>();
        for (String record : linesText.split("\n")) {
            if (record.isEmpty()) {
                continue;
            }
            String[] f = record.split("\t", -1);
            lines.add(new Line(
                    Integer.parseInt(f[0]),
                    new PersonId(UUID.fromString(f[1])),
                    Money.cents(Long.parseLong(f[2])),
                    f[3].isEmpty() ? null : decode(f[3])));
        }
        List<FileProblem> problems = new ArrayList<>();
        for (String record : problemsText.split("\n")) {
            if (record.isEmpty()) {
                continue;
            }
            String[] f = record.split("\t", -1);
            problems.add(new FileProblem(
                    Integer.parseInt(f[0]), FundingRule.valueOf(f[1]), f[2].isEmpty() ? null : decode(f[2])));
        }
        return new CheckedFile(lines, problems, Money.cents(totalCents), rows);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
