package nl.leerbudget.skills.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The stored ESCO release: its concepts with their labels, the occupations' skills, the hierarchies. */
public interface Taxonomy {

    /** What is stored of a concept: enough to tell whether a release changed it. */
    record Stored(ConceptKind kind, String fingerprint) {}

    /** A concept's label in one language, for lists and pages. */
    record Label(
            String uri,
            ConceptKind kind,
            String language,
            String preferred,
            @Nullable String skillType) {}

    /** A skill an occupation asks, with its label. */
    record Requirement(Label skill, boolean essential) {}

    /** The last import, as recorded. */
    record LastImport(String version, Instant finishedAt, String changes, String skipped) {}

    // ---------------------------------------------------------------- the import

    Map<String, Stored> concepts();

    /** Every occupation-skill relation, keyed {@code occupation + ' ' + skill}, with whether it is essential. */
    Map<String, Boolean> relations();

    Set<Broader> broader();

    void insertConcepts(Collection<Concept> concepts);

    /** Replaces the stored concepts' columns and labels. */
    void updateConcepts(Collection<Concept> concepts);

    /** Removes the concepts, their labels and every relation and hierarchy row that names them. */
    void deleteConcepts(Collection<String> uris);

    void insertRelations(Collection<Relation> relations);

    void updateRelations(Collection<Relation> relations);

    void deleteRelations(Collection<Relation> relations);

    void insertBroader(Collection<Broader> broader);

    void deleteBroader(Collection<Broader> broader);

    void recordImport(String version, Instant startedAt, Instant finishedAt, String by, String changes, String skipped);

    Optional<LastImport> lastImport();

    // ---------------------------------------------------------------- reading

    long count(ConceptKind kind);

    long relationCount();

    long broaderCount();

    /**
     * Up to {@code limit} occupations whose labels in {@code language} contain every word of {@code words} (lower
     * case): those whose preferred label starts with the words first, then those whose preferred label has them, then
     * the others; each with its preferred label in that language.
     */
    List<Label> searchOccupations(String language, List<String> words, int limit);

    /** Up to {@code limit} skills whose labels (in {@code language} or English) contain every word. */
    List<Label> searchSkills(String language, List<String> words, int limit);

    /** The concepts' labels in {@code language}, else in English. */
    Map<String, Label> labels(Collection<String> uris, String language);

    /** The skills the occupation asks, with their labels in {@code language} (else English). */
    List<Requirement> requirements(String occupation, String language);

    /** The skills of these occupations (essential or optional). */
    Set<String> skillsOf(Collection<String> occupations);

    /** The occupations' essential skills. */
    Set<String> essentialSkillsOf(String occupation);

    /** The ISCO unit groups of the occupations for which any of these skills is essential. */
    Set<String> iscoGroupsAsking(Collection<String> skills);
}
