package nl.leerbudget.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of euros in integer cents. Arithmetic fails on overflow instead of wrapping; there is no
 * floating point anywhere near it. On the wire it is a decimal string with two decimals ({@code "1234.50"}).
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** The largest amount that can be written as a decimal string and parsed back: about 92 quadrillion euros. */
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE, 2);

    public static Money cents(long cents) {
        return new Money(cents);
    }

    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100L));
    }

    /**
     * Parses a decimal string such as {@code "1000"}, {@code "12.5"} or {@code "-3.75"}.
     *
     * @throws IllegalArgumentException if the text is not a plain decimal with at most two decimals, or does not
     *     fit in a {@code long} of cents
     */
    public static Money parse(String text) {
        if (!text.matches("-?\\d{1,17}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("not a decimal amount with at most two decimals: " + text);
        }
        BigDecimal value = new BigDecimal(text);
        if (value.abs().compareTo(MAX) > 0) {
            throw new IllegalArgumentException("amount out of range: " + text);
        }
        return new Money(value.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    /** A percentage of this amount, rounded with the mode the calling rule names. */
    public Money percentage(BigDecimal percent, RoundingMode rounding) {
        return new Money(BigDecimal.valueOf(cents)
                .multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, rounding)
                .longValueExact());
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isZero() {
        return cents == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** The wire form: a plain decimal string with exactly two decimals. */
    public String toDecimalString() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Override
    public String toString() {
        return "EUR " + toDecimalString();
    }
}
