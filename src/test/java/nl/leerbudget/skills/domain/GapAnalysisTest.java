package nl.leerbudget.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.leerbudget.skills.domain.GapAnalysis.Group;
import nl.leerbudget.skills.domain.Taxonomy.Label;
import nl.leerbudget.skills.domain.Taxonomy.Requirement;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

    private static Requirement requirement(String uri, String label, String type, boolean essential) {
        return new Requirement(new Label(uri, ConceptKind.SKILL, "en", label, type), essential);
    }

    private static final List<Requirement> NURSE = List.of(
            requirement("s/plan", "plan nursing care", "skill/competence", true),
            requirement("s/evaluate", "evaluate nursing care", "skill/competence", true),
            requirement("s/pharmacology", "pharmacology", "knowledge", true),
            requirement("s/sociology", "sociology", "knowledge", false),
            requirement("s/teach", "teach in health care", "skill/competence", false));

    @Test
    void groupsWhatIsMissingByEssentialOrOptionalAndBySkillOrKnowledge() {
        GapAnalysis.Result gap = GapAnalysis.of(NURSE, Set.of());
        assertThat(gap.missing(Group.ESSENTIAL_SKILLS))
                .extracting(r -> r.skill().preferred())
                .containsExactly("evaluate nursing care", "plan nursing care");
        assertThat(gap.missing(Group.ESSENTIAL_KNOWLEDGE))
                .extracting(r -> r.skill().preferred())
                .containsExactly("pharmacology");
        assertThat(gap.missing(Group.OPTIONAL_KNOWLEDGE))
                .extracting(r -> r.skill().preferred())
                .containsExactly("sociology");
        assertThat(gap.missing(Group.OPTIONAL_SKILLS))
                .extracting(r -> r.skill().preferred())
                .containsExactly("teach in health care");
        assertThat(gap.had()).isEmpty();
    }

    @Test
    void aSkillThePersonHasIsNotMissing() {
        GapAnalysis.Result gap = GapAnalysis.of(NURSE, Set.of("s/plan", "s/sociology", "s/unrelated"));
        assertThat(gap.had()).extracting(r -> r.skill().uri()).containsExactly("s/plan", "s/sociology");
        assertThat(gap.missingEssential()).containsExactly("s/evaluate", "s/pharmacology");
        assertThat(gap.missingOptional()).containsExactly("s/teach");
    }
}
