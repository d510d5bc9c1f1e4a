package nl.leerbudget.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the Dutch analysis of text really does (Snowball's Dutch stemmer as Lucene ships it), word by word. */
class SearchTermsTest {

    @ParameterizedTest(name = "{0} and {1} are the same term")
    @CsvSource({
        "opleidingen, opleiding",
        "verpleegkundige, verpleegkunde",
        "verpleegkundigen, verpleegkunde",
        "boekhouding, boekhouden",
        "leidinggevende, leidinggeven",
        "certificaten, certificaat",
        "vaardigheden, vaardigheid",
        "heftrucks, heftruck",
        "managers, manager",
        "Nederlandse, nederlands",
        "zorgen, zorg",
        "ANALYSE, analyse"
    })
    void findsOtherFormsOfAWord(String one, String other) {
        assertThat(SearchTerms.of(one)).isEqualTo(SearchTerms.of(other)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({
        // A stemmer takes off endings; it does not know that these belong together.
        "installeren, installatie",
        "installatie, installaties",
        "cursus, cursussen",
        "coaching, coach"
    })
    void leavesWordsApartThatOnlyADictionaryWouldJoin(String one, String other) {
        assertThat(SearchTerms.of(one)).isNotEqualTo(SearchTerms.of(other));
    }

    @Test
    void stemsAreWhatSnowballMakesOfTheWords() {
        assertThat(SearchTerms.of("opleidingen installeren verpleegkundige cursussen"))
                .containsExactly("opleid", "installer", "verpleegkund", "cursuss");
    }

    @Test
    void ignoresCapitalsDiacriticsAndPunctuation() {
        assertThat(SearchTerms.of("Café-Management: GEÏNTERESSEERD?"))
                .isEqualTo(SearchTerms.of("cafe management geinteresseerd"));
        assertThat(SearchTerms.words("Data-analyse met Python (B1), NEN 1010"))
                .containsExactly("data", "analyse", "met", "python", "b1", "nen", "1010");
    }

    @Test
    void leavesOutDutchStopWordsAlsoWrittenWithAccents() {
        assertThat(SearchTerms.of("Projectmanagement in één dag voor de beginner"))
                .containsExactly("projectmanagement", "dag", "beginner");
        assertThat(SearchTerms.of("de het een en van")).isEmpty();
    }

    @Test
    void keepsEachTermOnceInTheOrderItFirstOccurs() {
        assertThat(SearchTerms.of("Zorg en zorgen: de zorg")).containsExactly("zorg");
    }

    @Test
    void cutsVeryLongWords() {
        String word = "a".repeat(100);
        assertThat(SearchTerms.words(word).getFirst()).hasSize(SearchTerms.MAX_TERM_LENGTH);
    }

    @Test
    void termsAreAsciiLettersAndDigitsOnly() {
        assertThat(SearchTerms.of("Straße Øresund smørrebrød naïef coöperatie 3D-printen"))
                .allSatisfy(term -> assertThat(term).matches("[a-z0-9]+"));
    }

    @Test
    void aQueryMayMatchItsLastWordAsTheStartOfATerm() {
        // The stemmer makes "verpleg" of "verpleeg", which no stored term starts with: the word as typed is the prefix.
        assertThat(TextQuery.of("Opleidingen verpleeg"))
                .isEqualTo(new TextQuery(List.of("opleid", "verpleg"), "verpleeg"));
        assertThat(TextQuery.of("de opleidingen")).isEqualTo(new TextQuery(List.of("opleid"), "opleidingen"));
        // Too short to be a useful start: matched whole.
        assertThat(TextQuery.of("excel ai")).isEqualTo(new TextQuery(List.of("excel", "ai"), null));
    }

    @Test
    void aQueryOfStopWordsOnlyOrWithoutWordsMatchesEverything() {
        assertThat(TextQuery.of("de het een").isEmpty()).isTrue();
        assertThat(TextQuery.of("  ?! ").isEmpty()).isTrue();
    }

    @Test
    void aQueryUsesEachTermOnceAndAtMostEight() {
        assertThat(TextQuery.of("zorg zorgen zorg").terms()).containsExactly("zorg");
        TextQuery many = TextQuery.of("een1 twee2 drie3 vier4 vijf5 zes6 zeven7 acht8 negen9");
        assertThat(many.terms()).hasSize(TextQuery.MAX_TERMS);
        assertThat(many.prefix()).isEqualTo("acht8");
    }
}
