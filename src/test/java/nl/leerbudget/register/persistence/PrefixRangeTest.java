package nl.leerbudget.register.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A prefix search is the range [prefix, prefixEnd(prefix)) of bytewise-sorted ASCII terms. */
class PrefixRangeTest {

    @Test
    void theEndIsThePrefixWithItsLastCharacterRaised() {
        assertThat(JdbcCatalogueEntries.prefixEnd("opleid")).isEqualTo("opleie");
        assertThat(JdbcCatalogueEntries.prefixEnd("a9")).isEqualTo("a:");
    }

    @Test
    void trailingZsCarry() {
        assertThat(JdbcCatalogueEntries.prefixEnd("abz")).isEqualTo("ac");
        assertThat(JdbcCatalogueEntries.prefixEnd("zz")).isNull();
    }

    @Test
    void everyTermWithThePrefixIsInTheRangeAndNoOther() {
        String prefix = "verpleeg";
        String end = JdbcCatalogueEntries.prefixEnd(prefix);
        assertThat(end).isNotNull();
        for (String term : new String[] {"verpleeg", "verpleegkund", "verpleegz", "verpleeg9"}) {
            assertThat(term.compareTo(prefix) >= 0 && term.compareTo(end) < 0)
                    .as(term)
                    .isTrue();
        }
        for (String term : new String[] {"verplee", "verpleeh", "verpleh", "verpleea"}) {
            assertThat(term.compareTo(prefix) >= 0 && term.compareTo(end) < 0)
                    .as(term)
                    .isFalse();
        }
    }
}
