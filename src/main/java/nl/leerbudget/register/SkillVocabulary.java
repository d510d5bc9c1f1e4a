package nl.leerbudget.register;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the register asks of a skills taxonomy: the labels of the skills offerings are tagged with, and which skills
 * an occupation asks, for the catalogue's filter by occupation. A port: the register defines it and the skills module
 * implements it, so that the register does not depend on the skills module (which depends on the register). Where no
 * taxonomy is loaded, skills have no label and occupations are unknown.
 */
public interface SkillVocabulary {

    /** A skill or occupation with its label in the language asked for, or in English when there is none. */
    record Term(String uri, String label, String language) {
        public Term {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(language, "language");
        }

        /** The last part of the URI: what addresses use. */
        public String id() {
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
    }

    /** An occupation with the skills it asks as essential. */
    record Occupation(Term occupation, Set<String> essentialSkills) {
        public Occupation {
            Objects.requireNonNull(occupation, "occupation");
            essentialSkills = Set.copyOf(essentialSkills);
        }
    }

    /** The labels of these skills in {@code language} (else English); skills the taxonomy does not know are left out. */
    Map<String, Term> skills(Collection<String> uris, String language);

    /** The occupation with this URI, or whose URI ends in this id. */
    Optional<Occupation> occupation(String uriOrId, String language);

    /**
     * The ISCO-08 unit groups (4 digits) of the occupations for which at least one of these skills is essential: the
     * occupations an offering that teaches them leads to, as the catalogue's filter by occupation reads it.
     */
    Set<String> iscoGroupsAsking(Collection<String> skillUris);

    /** The skill with this URI, or whose URI ends in this id. */
    Optional<Term> skill(String uriOrId, String language);

    /**
     * Up to {@code limit} skills whose labels (preferred or alternative, in {@code language} or English) contain every
     * word of the text, best match first.
     */
    List<Term> searchSkills(String text, String language, int limit);

    /** Up to {@code limit} occupations whose labels in {@code language} contain every word of the text. */
    List<Term> searchOccupations(String text, String language, int limit);

    /** The acknowledgement the taxonomy's licence asks wherever its data is shown. */
    String attribution();
}
