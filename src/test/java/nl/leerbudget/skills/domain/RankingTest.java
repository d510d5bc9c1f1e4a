package nl.leerbudget.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.leerbudget.skills.domain.Ranking.Candidate;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void theOfferingThatCoversTheMostMissingEssentialSkillsComesFirst() {
        List<Candidate> ranked = Ranking.rank(
                List.of(
                        new Candidate("cheap-one", Set.of("a"), true, 10_000),
                        new Candidate("three", Set.of("a", "b", "c"), true, 420_000),
                        new Candidate("two", Set.of("a", "b"), true, 90_000)),
                3);
        assertThat(ranked).extracting(Candidate::offering).containsExactly("three", "two", "cheap-one");
    }

    @Test
    void amongEqualsTheBookableThenTheCheaperComeFirstAndTheListIsCut() {
        List<Candidate> ranked = Ranking.rank(
                List.of(
                        new Candidate("not-bookable", Set.of("a"), false, 100),
                        new Candidate("dear", Set.of("b"), true, 50_000),
                        new Candidate("cheap", Set.of("a"), true, 20_000),
                        new Candidate("nothing", Set.of(), true, 0)),
                2);
        assertThat(ranked).extracting(Candidate::offering).containsExactly("cheap", "dear");
    }
}
