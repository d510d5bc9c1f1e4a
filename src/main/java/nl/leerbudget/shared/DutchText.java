package nl.leerbudget.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Amounts and dates the Dutch way, for explanations people read: "€ 23.700", "€ 3.291,66", "1 augustus 2015". Fixed
 * here, not taken from the JDK's locale data, so that a text reads the same on every machine; written by hand, not
 * with {@code DecimalFormat}, because batches word millions of them.
 */
public final class DutchText {

    private static final List<String> MONTHS = List.of(
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december");

    private DutchText() {}

    /** An amount in euros: no decimals when it is whole, otherwise two; a dot between thousands. */
    public static String euros(Money amount) {
        long cents = amount.cents();
        StringBuilder text = new StringBuilder(16).append("€ ");
        if (cents < 0) {
            text.append('-');
        }
        long abs = Math.abs(cents);
        String euros = Long.toString(abs / 100);
        int head = euros.length() % 3 == 0 ? 3 : euros.length() % 3;
        text.append(euros, 0, head);
        for (int i = head; i < euros.length(); i += 3) {
            text.append('.').append(euros, i, i + 3);
        }
        long rest = abs % 100;
        if (rest != 0) {
            text.append(',').append(rest < 10 ? "0" : "").append(rest);
        }
        return text.toString();
    }

    /** "1 augustus 2015". */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** "augustus 2015". */
    public static String month(YearMonth month) {
        return MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear();
    }
}
