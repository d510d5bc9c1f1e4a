package nl.leerbudget.identity.domain;

/**
 * A burgerservicenummer: nine digits that pass the eleven-test (elfproef): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a
 * multiple of 11 (and not zero). It never leaves the identity module and never shows in logs: {@link #toString()}
 * masks it.
 */
public final class Bsn {

    private final String digits;

    private Bsn(String digits) {
        this.digits = digits;
    }

    /** @throws IllegalArgumentException if the text is not nine digits passing the eleven-test */
    public static Bsn of(String text) {
        String digits = text.strip();
        if (digits.length() == 8 && digits.chars().allMatch(Character::isDigit)) {
            digits = "0" + digits; // BSNs of eight digits are written with a leading zero
        }
        if (!isValid(digits)) {
            throw new IllegalArgumentException("not a valid BSN");
        }
        return new Bsn(digits);
    }

    public static boolean isValid(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }

    /** The nine digits, for the vault only. */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bsn bsn && bsn.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "BSN ******" + digits.substring(6);
    }
}
