package nl.leerbudget.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's permission for an adviser to act for them, for a limited time: to see their data and prepare for them
 * always, and to confirm bookings for them only when {@code allowsBooking} says so.
 */
public record Mandate(
        UUID id,
        PersonId citizen,
        UUID adviser,
        Instant validFrom,
        Instant validUntil,
        boolean allowsBooking,
        @Nullable Instant revokedAt,
        Instant createdAt) {

    /** Advisers act for at most a year per mandate; the citizen grants a new one after that. */
    public static final java.time.Duration LONGEST = java.time.Duration.ofDays(366);

    public Mandate {
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(adviser, "adviser");
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("a mandate ends after it starts");
        }
    }

    public boolean activeAt(Instant moment) {
        return revokedAt == null && !moment.isBefore(validFrom) && moment.isBefore(validUntil);
    }

    /** Whether, at that moment, the adviser may also confirm a booking for the citizen. */
    public boolean allowsBookingAt(Instant moment) {
        return allowsBooking && activeAt(moment);
    }
}
