package nl.leerbudget.register;

import java.util.Objects;
import java.util.Set;

/** An admitted offering and which of the skills asked for it is tagged with. */
public record SkillCoverage(CatalogueHit offering, Set<String> skills) {

    public SkillCoverage {
        Objects.requireNonNull(offering, "offering");
        skills = Set.copyOf(skills);
    }
}
