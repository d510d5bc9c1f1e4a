package nl.leerbudget.simulation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers for the simulator's pages, written the Dutch way. */
final class SimulationText {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    private SimulationText() {}

    /** Euro cents in millions of euros with one decimal: "1.560,6". */
    static String millions(long cents) {
        return decimal(BigDecimal.valueOf(cents, 8).setScale(1, RoundingMode.HALF_UP), 1);
    }

    /** A whole number with thousands separated: "223.654". */
    static String count(long count) {
        return NumberFormat.getIntegerInstance(DUTCH).format(count);
    }

    /** Euro cents in whole euros: "€ 15.000". */
    static String euros(long cents) {
        return "€ "
                + count(BigDecimal.valueOf(cents, 2)
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact());
    }

    /** A part of a whole as a percentage with one decimal: "12,3%". */
    static String percent(long part, long whole) {
        BigDecimal share = whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return decimal(share, 1) + "%";
    }

    private static String decimal(BigDecimal value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
