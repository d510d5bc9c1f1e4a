package nl.leerbudget.skills.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerbudget.skills.domain.Taxonomy.Requirement;

/**
 * A person's skills gap for an occupation: of the skills the occupation asks, those the person has and those they
 * miss, the missing ones grouped as essential or optional and as skill or knowledge (ESCO's skill type), each group
 * in alphabetical order of its labels.
 */
public final class GapAnalysis {

    private GapAnalysis() {}

    /** The groups of missing skills, in the order pages show them. */
    public enum Group {
        ESSENTIAL_SKILLS,
        ESSENTIAL_KNOWLEDGE,
        OPTIONAL_SKILLS,
        OPTIONAL_KNOWLEDGE
    }

    public record Result(List<Requirement> had, Map<Group, List<Requirement>> missing) {
        public Result {
            had = List.copyOf(had);
            missing = Map.copyOf(missing);
        }

        public List<Requirement> missing(Group group) {
            return missing.getOrDefault(group, List.of());
        }

        public List<String> missingEssential() {
            List<String> uris = new ArrayList<>();
            missing(Group.ESSENTIAL_SKILLS).forEach(r -> uris.add(r.skill().uri()));
            missing(Group.ESSENTIAL_KNOWLEDGE).forEach(r -> uris.add(r.skill().uri()));
            return uris;
        }

        public List<String> missingOptional() {
            List<String> uris = new ArrayList<>();
            missing(Group.OPTIONAL_SKILLS).forEach(r -> uris.add(r.skill().uri()));
            missing(Group.OPTIONAL_KNOWLEDGE).forEach(r -> uris.add(r.skill().uri()));
            return uris;
        }
    }

    public static Result of(List<Requirement> required, Set<String> has) {
        Comparator<Requirement> byLabel = Comparator.comparing(
                        (Requirement r) -> r.skill().preferred().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(r -> r.skill().uri());
        List<Requirement> had = new ArrayList<>();
        Map<Group, List<Requirement>> missing = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            missing.put(group, new ArrayList<>());
        }
        for (Requirement requirement : required) {
            if (has.contains(requirement.skill().uri())) {
                had.add(requirement);
                continue;
            }
            boolean knowledge = "knowledge".equals(requirement.skill().skillType());
            Group group = requirement.essential()
                    ? knowledge ? Group.ESSENTIAL_KNOWLEDGE : Group.ESSENTIAL_SKILLS
                    : knowledge ? Group.OPTIONAL_KNOWLEDGE : Group.OPTIONAL_SKILLS;
            java.util.Objects.requireNonNull(missing.get(group)).add(requirement);
        }
        had.sort(byLabel);
        missing.values().forEach(list -> list.sort(byLabel));
        Map<Group, List<Requirement>> frozen = new EnumMap<>(Group.class);
        missing.forEach((group, list) -> frozen.put(group, List.copyOf(list)));
        return new Result(had, frozen);
    }
}
