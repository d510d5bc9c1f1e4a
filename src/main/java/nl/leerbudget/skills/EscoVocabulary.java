package nl.leerbudget.skills;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerbudget.register.SkillVocabulary;
import nl.leerbudget.skills.domain.ConceptKind;
import nl.leerbudget.skills.domain.Taxonomy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register's port {@link SkillVocabulary}, answered from the stored ESCO release. */
@Component
class EscoVocabulary implements SkillVocabulary {

    private final Taxonomy taxonomy;
    private final Skills skills;

    EscoVocabulary(Taxonomy taxonomy, Skills skills) {
        this.taxonomy = taxonomy;
        this.skills = skills;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Term> skills(Collection<String> uris, String language) {
        return taxonomy.labels(uris, language).values().stream()
                .filter(label -> label.kind() == ConceptKind.SKILL)
                .collect(Collectors.toMap(Taxonomy.Label::uri, EscoVocabulary::term));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Occupation> occupation(String uriOrId, String language) {
        String uri = Skills.uri("occupation", uriOrId);
        return Optional.ofNullable(taxonomy.labels(List.of(uri), language).get(uri))
                .filter(label -> label.kind() == ConceptKind.OCCUPATION)
                .map(label -> new Occupation(term(label), taxonomy.essentialSkillsOf(uri)));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> iscoGroupsAsking(Collection<String> skillUris) {
        return taxonomy.iscoGroupsAsking(skillUris);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Term> skill(String uriOrId, String language) {
        String uri = Skills.uri("skill", uriOrId);
        return Optional.ofNullable(skills(List.of(uri), language).get(uri));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Term> searchSkills(String text, String language, int limit) {
        return taxonomy.searchSkills(language, Skills.words(text), limit).stream()
                .map(EscoVocabulary::term)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Term> searchOccupations(String text, String language, int limit) {
        return taxonomy.searchOccupations(language, Skills.words(text), limit).stream()
                .map(EscoVocabulary::term)
                .toList();
    }

    private static Term term(Taxonomy.Label label) {
        return new Term(label.uri(), label.preferred(), label.language());
    }

    @Override
    public String attribution() {
        return skills.attribution();
    }
}
