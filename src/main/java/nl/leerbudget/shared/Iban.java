package nl.leerbudget.shared;

import java.math.BigInteger;
import java.util.Locale;

/** An IBAN, checked with the ISO 13616 mod-97 test; kept without spaces, in capitals. */
public record Iban(String value) {

    public Iban {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid IBAN");
        }
        value = normalised(value);
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String iban = normalised(text);
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static String normalised(String text) {
        return text.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
