package nl.leerbudget.register.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Turns Dutch text into search terms, the same way for what is indexed and for what is searched: lower case, without
 * diacritics ({@code één} is {@code een}), split into words of letters and digits, without Dutch stop words, each
 * stemmed by Snowball's Dutch stemmer (from Lucene), so that {@code opleidingen} and {@code opleiding} are both
 * {@code opleid}. Terms are plain ASCII ({@code a-z0-9}), so that they sort and compare alike in every database.
 *
 * <p>{@link #VERSION} names this analysis: the catalogue's index is rebuilt when it changes.
 */
public final class SearchTerms {

    /** Bump whenever the terms of a text change (stemmer, stop words, tokenising): stored terms are then rebuilt. */
    public static final String VERSION = "snowball-dutch-lucene10/stop-snowball/ascii-1";

    /** Longer words are cut: nobody searches for them whole, and the index column has a limit. */
    public static final int MAX_TERM_LENGTH = 40;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> STOP_WORDS = stopWords();

    /** Snowball stemmers keep state between calls; one per thread costs nothing and needs no locking. */
    private static final ThreadLocal<DutchStemmer> STEMMERS = ThreadLocal.withInitial(DutchStemmer::new);

    private SearchTerms() {}

    /** The distinct terms of a text, in the order they first occur. */
    public static List<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (!STOP_WORDS.contains(word)) {
                terms.add(stem(word));
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The words of a text as they are searched: lower case, without diacritics, split on everything but ASCII letters
     * and digits, cut to {@value #MAX_TERM_LENGTH} characters; stop words still in.
     */
    public static List<String> words(String text) {
        String plain = COMBINING_MARKS
                .matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(plain)) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word);
            }
        }
        return words;
    }

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** The stem of one word from {@link #words}. */
    public static String stem(String word) {
        DutchStemmer stemmer = STEMMERS.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        return stem.isEmpty() ? word : stem;
    }

    /**
     * Snowball's Dutch stop list as Lucene ships it (the {@code DutchAnalyzer}'s default), without diacritics like the
     * words it is compared with. Read from Lucene's jar rather than copied, so that it follows the library.
     */
    private static Set<String> stopWords() {
        String resource = "/org/apache/lucene/analysis/snowball/dutch_stop.txt";
        try (InputStream in = DutchStemmer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's Dutch stop list " + resource + " is missing");
            }
            Set<String> words = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                // Snowball format: the word starts the line; a vertical bar starts a comment.
                int comment = line.indexOf('|');
                String word = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!word.isEmpty()) {
                    words.addAll(words(word));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
