package nl.leerbudget.funding.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** The header of a file: which known column is where. Names are compared without case and surrounding spaces. */
record Columns(Map<String, Integer> index, int width) {

    /** The columns, or null when a name is unknown or twice, a required one is missing, or there is no person. */
    static @Nullable Columns of(List<String> header, Set<String> known, Set<String> required) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name) || index.put(name, i) != null) {
                return null;
            }
        }
        if (!index.keySet().containsAll(required)) {
            return null;
        }
        // A person is named by exactly one of the two.
        if (index.containsKey("bsn") == index.containsKey("persoon-id")) {
            return null;
        }
        return new Columns(index, header.size());
    }

    String cell(List<String> cells, String name) {
        Integer i = index.get(name);
        return i == null ? "" : cells.get(i).strip();
    }

    /** The person of the line; null when the person id is not a UUID (a BSN is checked by the registry). */
    @Nullable
    PersonKey person(List<String> cells) {
        if (index.containsKey("bsn")) {
            return PersonKey.bsn(cell(cells, "bsn"));
        }
        try {
            return PersonKey.person(new PersonId(UUID.fromString(cell(cells, "persoon-id"))));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
