package nl.leerbudget.payments;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text in the basic Latin character set that every SEPA bank must accept (EPC132-08, SCT customer-to-PSP
 * implementation guidelines, "character set"): {@code a-z A-Z 0-9 / - ? : ( ) . , ' +} and space. Names and
 * remittance texts are converted to it the way EPC217-08 advises (letters lose their accents, ligatures are spelled
 * out), because a bank may reject or garble anything else; identifiers are not converted but checked.
 */
final class SepaText {

    private static final Pattern OUTSIDE_SET = Pattern.compile("[^A-Za-z0-9/\\-?:().,'+ ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]{1,35}");

    /** Letters and signs that do not decompose into a basic letter and accents. */
    private static final Map<Character, String> SPELLED_OUT = Map.ofEntries(
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"),
            Map.entry('œ', "oe"),
            Map.entry('Œ', "OE"),
            Map.entry('ø', "o"),
            Map.entry('Ø', "O"),
            Map.entry('ł', "l"),
            Map.entry('Ł', "L"),
            Map.entry('đ', "d"),
            Map.entry('Đ', "D"),
            Map.entry('ð', "d"),
            Map.entry('Ð', "D"),
            Map.entry('þ', "th"),
            Map.entry('Þ', "TH"),
            Map.entry('ı', "i"),
            Map.entry('&', "+"),
            Map.entry('’', "'"),
            Map.entry('‘', "'"),
            Map.entry('`', "'"),
            Map.entry('´', "'"),
            Map.entry('"', "'"),
            Map.entry('“', "'"),
            Map.entry('”', "'"),
            Map.entry('„', "'"),
            Map.entry('–', "-"),
            Map.entry('—', "-"),
            Map.entry('_', "-"),
            Map.entry(';', ","),
            Map.entry('!', "."),
            Map.entry('€', "EUR"));

    private SepaText() {}

    /**
     * The text in the SEPA character set: spelled-out letters first, then compatibility decomposition (so {@code ĳ}
     * becomes {@code ij} and {@code é} becomes {@code e} plus an accent, which is dropped); whatever is left outside
     * the set becomes a space, and runs of spaces become one.
     */
    static String of(String text) {
        StringBuilder spelled = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = SPELLED_OUT.get(c);
            if (replacement != null) {
                spelled.append(replacement);
            } else {
                spelled.append(c);
            }
        }
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFKD);
        String basic =
                OUTSIDE_SET.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ");
        return SPACES.matcher(basic).replaceAll(" ").strip();
    }

    /** The text cut to at most {@code length} characters, without a space at the end. */
    static String cut(String sepaText, int length) {
        return sepaText.length() <= length
                ? sepaText
                : sepaText.substring(0, length).strip();
    }

    /**
     * Checks an identifier (message, payment information, end-to-end): 1 to 35 characters of the SEPA set, neither
     * starting nor ending with {@code /} and without {@code //} (EPC132-08, RestrictedIdentificationSEPA1).
     *
     * @param what the name of the identifier in the message, such as "a message id"
     */
    static void requireIdentifier(String id, String what) {
        if (id.isEmpty() || id.length() > 35) {
            throw new IllegalArgumentException(what + " has 1 to 35 characters, not " + id.length() + ": '" + id + "'");
        }
        if (!IDENTIFIER.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    what + " uses only letters a-z, digits, spaces and / - ? : ( ) . , ' +: '" + id + "'");
        }
        if (!id.equals(id.strip())) {
            throw new IllegalArgumentException(what + " does not start or end with a space: '" + id + "'");
        }
        if (id.startsWith("/") || id.endsWith("/") || id.contains("//")) {
            throw new IllegalArgumentException(
                    what + " does not start or end with '/' and does not contain '//': '" + id + "'");
        }
    }
}
