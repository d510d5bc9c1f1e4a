package nl.leerbudget.overview;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * The bookings of one offering made in one month, counted: an aggregate view for the signals of misuse, without any
 * person in it.
 *
 * @param offering the register's id of the offering
 * @param bookings every booking requested that month, whatever became of it
 * @param active those of them that are requested, accepted, started or completed now (the participants)
 */
public record BookingMonth(String offering, UUID provider, YearMonth month, long bookings, long active) {

    public BookingMonth {
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(month, "month");
        if (bookings < 1 || active < 0 || active > bookings) {
            throw new IllegalArgumentException("a month counts at least one booking, and no more active ones");
        }
    }
}
