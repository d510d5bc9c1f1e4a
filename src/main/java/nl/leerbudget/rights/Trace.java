package nl.leerbudget.rights;

import java.util.List;
import java.util.stream.Collectors;

/** The explanation of a computation, line by line, in the order the rules applied. */
public record Trace(List<TraceLine> lines) {

    public Trace {
        lines = List.copyOf(lines);
    }

    /** The lines as plain text, details indented by two spaces. */
    public String text() {
        return lines.stream()
                .map(line -> "  ".repeat(line.depth()) + line.text())
                .collect(Collectors.joining("\n"));
    }

    /** Whether a line of this rule is in the trace. */
    public boolean mentions(String rule) {
        return lines.stream().anyMatch(line -> line.rule().equals(rule));
    }
}
