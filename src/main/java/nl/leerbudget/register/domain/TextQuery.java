package nl.leerbudget.register.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The words of a search as terms: every term in {@code terms} must occur. The last term may instead occur as a term
 * that starts with the last word as typed ({@code prefix}, lower case, without diacritics), so that "verpleeg" finds
 * "verpleegkundige" although the stemmer makes "verpleg" of it; only when that word is long enough to say something.
 */
public record TextQuery(List<String> terms, @Nullable String prefix) {

    /** More words than this are ignored: each costs a lookup, and none would be left to find. */
    public static final int MAX_TERMS = 8;

    /** A shorter last word is matched as a whole term only: a one- or two-letter start matches too much. */
    public static final int MIN_PREFIX = 3;

    public static final TextQuery NONE = new TextQuery(List.of(), null);

    public TextQuery {
        terms = List.copyOf(terms);
        if (prefix != null && terms.isEmpty()) {
            throw new IllegalArgumentException("a prefix is an alternative for the last term");
        }
    }

    public static TextQuery of(String text) {
        List<String> stems = new ArrayList<>();
        String lastWord = null;
        for (String word : SearchTerms.words(text)) {
            if (!SearchTerms.isStopWord(word) && stems.size() < MAX_TERMS) {
                String stem = SearchTerms.stem(word);
                if (!stems.contains(stem)) {
                    stems.add(stem);
                    lastWord = word;
                }
            }
        }
        if (stems.isEmpty() || lastWord == null) {
            return NONE;
        }
        return new TextQuery(stems, lastWord.length() < MIN_PREFIX ? null : lastWord);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
