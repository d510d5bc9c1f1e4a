package nl.leerbudget.skills.domain;

import java.util.Objects;

/** An occupation asks a skill, as essential or optional (ESCO's occupationSkillRelations). */
public record Relation(String occupation, String skill, boolean essential) {

    public Relation {
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(skill, "skill");
    }

    public String relationType() {
        return essential ? "essential" : "optional";
    }
}
