package nl.leerbudget.skills.domain;

/** What an ESCO concept is; the import reports its changes per kind. */
public enum ConceptKind {
    OCCUPATION,
    SKILL,
    SKILL_GROUP,
    ISCO_GROUP
}
