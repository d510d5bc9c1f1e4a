package nl.leerbudget.skills.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an import stores of one release, read from its files, with what it left out.
 *
 * @param concepts by URI
 * @param rowsRead per file, the data rows it had
 * @param skipped rows the import leaves out, with why (in English, for the operator's report)
 */
public record ReleaseContent(
        String version,
        Map<String, Concept> concepts,
        List<Relation> relations,
        List<Broader> broader,
        Map<String, Long> rowsRead,
        List<String> skipped) {

    public ReleaseContent {
        Objects.requireNonNull(version, "version");
        concepts = Map.copyOf(concepts);
        relations = List.copyOf(relations);
        broader = List.copyOf(broader);
        rowsRead = Map.copyOf(rowsRead);
        skipped = List.copyOf(skipped);
    }

    public long count(ConceptKind kind) {
        return concepts.values().stream().filter(c -> c.kind() == kind).count();
    }
}
