package nl.leerbudget.skills.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.leerbudget.shared.Money;

/** Amounts, dates and counts the Dutch way, for the skills pages (the templates call it as {@code text}). */
public final class SkillText {

    public static final SkillText INSTANCE = new SkillText();

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private SkillText() {}

    /** {@code € 1.234,50}. */
    public String euros(Money money) {
        long cents = Math.abs(money.cents());
        String whole = NumberFormat.getIntegerInstance(DUTCH).format(cents / 100);
        return (money.cents() < 0 ? "-" : "") + "€ " + whole + "," + String.format("%02d", cents % 100);
    }

    public String euros(long cents) {
        return euros(Money.cents(cents));
    }

    public String date(LocalDate date) {
        return DAY.format(date);
    }

    public String number(long count) {
        return NumberFormat.getIntegerInstance(DUTCH).format(count);
    }
}
