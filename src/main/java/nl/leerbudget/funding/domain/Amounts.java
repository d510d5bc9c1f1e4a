package nl.leerbudget.funding.domain;

import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/** Amounts as people type them: "500", "500,00", "1.250,50", "1250.50" or "€ 500". */
public final class Amounts {

    private Amounts() {}

    /** The amount, or null when the text is none of these or not above zero. */
    public static @Nullable Money positive(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace("€", "").replace(" ", "").strip();
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        }
        try {
            Money money = Money.parse(value);
            return money.isPositive() ? money : null;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }
}
