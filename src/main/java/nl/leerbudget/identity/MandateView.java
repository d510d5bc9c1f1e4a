package nl.leerbudget.identity;

import java.time.Instant;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A mandate as the citizen who granted it and the adviser who holds it see it.
 *
 * @param citizenName the citizen's name as the person registry knows it
 * @param allowsBooking whether the adviser may also confirm bookings for the citizen, not only see and prepare
 * @param active whether it counts now: begun, not ended, not revoked
 */
public record MandateView(
        UUID id,
        PersonId citizen,
        String citizenName,
        UUID adviser,
        String adviserName,
        Instant validFrom,
        Instant validUntil,
        boolean allowsBooking,
        @Nullable Instant revokedAt,
        boolean active) {}
