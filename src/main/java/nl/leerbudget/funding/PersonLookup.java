package nl.leerbudget.funding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The people the lines of a file name, by BSN or person id, found in the person registry in two queries; a line's
 * person that cannot be found is a problem of that line, and so is a person named on an earlier line too.
 */
@Component
class PersonLookup {

    private final PersonRegistry registry;

    PersonLookup(PersonRegistry registry) {
        this.registry = registry;
    }

    /** Per line number, the person found; problems are added for the lines whose person is not. */
    Map<Integer, PersonId> resolve(Map<Integer, @Nullable PersonKey> lines, List<FileProblem> problems) {
        return resolve(lines, problems, true);
    }

    /** As {@link #resolve(Map, List)}; with {@code unique} false a person may be on several lines. */
    Map<Integer, PersonId> resolve(
            Map<Integer, @Nullable PersonKey> lines, List<FileProblem> problems, boolean unique) {
        List<String> bsns = new ArrayList<>();
        List<PersonId> ids = new ArrayList<>();
        lines.values().stream().filter(Objects::nonNull).forEach(key -> {
            if (key.bsn() != null) {
                bsns.add(key.bsn());
            } else {
                ids.add(Objects.requireNonNull(key.person()));
            }
        });
        Map<String, PersonId> byBsn = bsns.isEmpty() ? Map.of() : registry.findByBsn(bsns);
        Set<PersonId> known = ids.isEmpty() ? Set.of() : registry.known(ids);
        Map<Integer, PersonId> found = new HashMap<>();
        Map<PersonId, Integer> firstLine = new HashMap<>();
        Set<Integer> numbers = new java.util.TreeSet<>(lines.keySet());
        for (int line : numbers) {
            PersonKey key = lines.get(line);
            if (key == null) {
                continue; // the file's reader reported it
            }
            PersonId person;
            if (key.bsn() != null) {
                String bsn = key.bsn();
                if (!PersonRegistry.isBsn(bsn)) {
                    problems.add(new FileProblem(line, FundingRule.BSN_INVALID, null));
                    continue;
                }
                person = byBsn.get(bsn);
            } else {
                person = known.contains(key.person()) ? key.person() : null;
            }
            if (person == null) {
                problems.add(new FileProblem(line, FundingRule.PERSON_UNKNOWN, null));
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(person, line);
            if (unique && earlier != null) {
                problems.add(new FileProblem(line, FundingRule.PERSON_TWICE, "Zie regel " + earlier + "."));
                continue;
            }
            found.put(line, person);
        }
        return found;
    }

    static Set<Integer> linesWithProblems(List<FileProblem> problems) {
        Set<Integer> lines = new HashSet<>();
        problems.forEach(p -> lines.add(p.line()));
        return lines;
    }
}
