package nl.leerbudget.overview.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/** The values of the overview's forms as people and browsers send them: absent or unreadable is empty, never an error. */
final class FormValues {

    private FormValues() {}

    static Optional<UUID> uuid(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An amount as people type it: "1250", "1250,50", "1.250,50" or "1250.50"; null when it is none of these. */
    static @Nullable Money money(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace("€", "").strip();
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        }
        try {
            Money money = Money.parse(value);
            return money.isNegative() ? null : money;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
