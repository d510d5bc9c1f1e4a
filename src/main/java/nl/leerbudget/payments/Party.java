package nl.leerbudget.payments;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.leerbudget.shared.Iban;
import org.jspecify.annotations.Nullable;

/**
 * The payer or the payee of a transfer: a name, an account and, where known, the BIC of the bank. Within SEPA the IBAN
 * is enough (the EU regulation 260/2012 made the BIC optional), so the BIC may be null.
 *
 * @param name as the party is known, in any script; the file carries it in the SEPA character set, at most 70
 *     characters
 * @param bic 8 or 11 characters (ISO 9362), kept without spaces in capitals; null when unknown
 */
public record Party(String name, Iban iban, @Nullable String bic) {

    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
        if (SepaText.of(name).isEmpty()) {
            throw new IllegalArgumentException(
                    "a name has at least one letter or digit that SEPA can carry: '" + name + "'");
        }
        if (bic != null) {
            bic = bic.replace(" ", "").toUpperCase(Locale.ROOT);
            if (!BIC.matcher(bic).matches()) {
                throw new IllegalArgumentException("not a BIC (8 or 11 letters and digits): '" + bic + "'");
            }
        }
    }

    public static Party of(String name, String iban, @Nullable String bic) {
        return new Party(name, new Iban(iban), bic);
    }

    public static Party of(String name, String iban) {
        return new Party(name, new Iban(iban), null);
    }
}
