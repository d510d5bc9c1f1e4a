package nl.leerbudget.overview;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A booking that was requested and then cancelled, for the signals of misuse (bookings started and cancelled in a
 * pattern). The person is a pseudonym: the same person has the same key in every answer, but the key does not say
 * who it is; a reviewer who needs to know finds the person through the booking's code.
 *
 * @param booking the booking's code, as the person and the provider see it
 * @param personKey a pseudonym of the person who booked
 */
public record BookingCancellation(String booking, String personKey, UUID provider, Instant cancelledAt) {

    public BookingCancellation {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
}
