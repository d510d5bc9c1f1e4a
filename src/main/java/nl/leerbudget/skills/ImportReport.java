package nl.leerbudget.skills;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an import of an ESCO release did: per kind (occupations, skills, skill groups, ISCO groups, occupation-skill
 * relations, hierarchy), how many rows it added, changed and removed, and how many it holds afterwards; the data rows
 * of each file; the rows it left out and why.
 */
public record ImportReport(
        String version, Map<String, Change> changes, Map<String, Long> rowsRead, List<String> skipped, Duration took) {

    /** The kinds, in the order of the report. */
    public static final List<String> KINDS =
            List.of("occupations", "skills", "skill groups", "ISCO groups", "occupation-skill relations", "hierarchy");

    public ImportReport {
        Objects.requireNonNull(version, "version");
        changes = Map.copyOf(changes);
        rowsRead = Map.copyOf(rowsRead);
        skipped = List.copyOf(skipped);
    }

    /** Added, changed, removed, and how many there are after the import. */
    public record Change(long added, long changed, long removed, long total) {}

    public Change change(String kind) {
        return Objects.requireNonNull(changes.get(kind), kind);
    }

    /** Whether the release was already there, unchanged. */
    public boolean unchanged() {
        return changes.values().stream().allMatch(c -> c.added() == 0 && c.changed() == 0 && c.removed() == 0);
    }

    /** One line per kind: {@code kind=added/changed/removed}, as the import log records it. */
    public String summary() {
        return KINDS.stream()
                .map(kind -> {
                    Change c = change(kind);
                    return kind + "=" + c.added() + "/" + c.changed() + "/" + c.removed();
                })
                .collect(Collectors.joining(";"));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ESCO " + version + " imported in " + took.toMillis() + " ms:");
        for (String kind : KINDS) {
            Change c = change(kind);
            text.append(String.format(
                    "%n  %-27s %7d (+%d, changed %d, -%d)", kind, c.total(), c.added(), c.changed(), c.removed()));
        }
        skipped.forEach(line -> text.append("\n  skipped ").append(line));
        return text.toString();
    }
}
