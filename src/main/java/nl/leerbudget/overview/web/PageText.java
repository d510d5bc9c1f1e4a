package nl.leerbudget.overview.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.shared.DutchText;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Amounts and dates the Dutch way, for the overview's pages (the templates call it as {@code text}): euros always
 * with cents ("€ 1.234,50"), so that the columns of a table line up.
 */
public final class PageText {

    static final PageText INSTANCE = new PageText();

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private PageText() {}

    public String euros(Money money) {
        return NumberFormat.getCurrencyInstance(DUTCH).format(BigDecimal.valueOf(money.cents(), 2));
    }

    /** An amount in hundredths of its unit: euros with cents, hours or study credits with a decimal comma. */
    public String amount(long hundredths, Unit unit) {
        return switch (unit) {
            case EUR -> euros(Money.cents(hundredths));
            case HOURS -> number(hundredths) + " uur";
            case STUDY_CREDITS -> number(hundredths) + " studiepunten";
        };
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "geen einddatum" : DutchText.date(date);
    }

    /** The day of a moment, in Dutch time: "1 maart 2027". */
    public String day(Instant instant) {
        return DutchText.date(instant.atZone(Ledger.ZONE).toLocalDate());
    }

    /** "1 maart 2027 om 09:00 uur", in Dutch time. */
    public String moment(Instant instant) {
        ZonedDateTime local = instant.atZone(Ledger.ZONE);
        return DutchText.date(local.toLocalDate()) + " om " + CLOCK.format(local) + " uur";
    }

    private static String number(long hundredths) {
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(hundredths, 2));
    }
}
