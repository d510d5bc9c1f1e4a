package nl.leerbudget.skills;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.leerbudget.skills.domain.GapAnalysis.Group;
import org.jspecify.annotations.Nullable;

/**
 * A person's skills gap for a target occupation: the skills of the occupation they have, and those they miss, grouped
 * (essential or optional, skill or knowledge).
 *
 * @param current the occupation the person started from, whose skills count as had
 */
public record SkillGap(
        OccupationView target,
        @Nullable OccupationView current,
        List<SkillView> had,
        Map<Group, List<SkillView>> missing,
        String attribution) {

    public SkillGap {
        Objects.requireNonNull(target, "target");
        had = List.copyOf(had);
        missing = Map.copyOf(missing);
    }

    public List<SkillView> missing(Group group) {
        return missing.getOrDefault(group, List.of());
    }

    public long missingEssential() {
        return missing(Group.ESSENTIAL_SKILLS).size()
                + missing(Group.ESSENTIAL_KNOWLEDGE).size();
    }

    public long missingOptional() {
        return missing(Group.OPTIONAL_SKILLS).size()
                + missing(Group.OPTIONAL_KNOWLEDGE).size();
    }

    /** A skill with its label, and whether the occupation asks it as essential. */
    public record SkillView(String uri, String label, String language, boolean knowledge, boolean essential) {
        /** The last part of the URI, as addresses carry it. */
        public String id() {
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
    }
}
