package nl.leerbudget.identity;

import java.time.Instant;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

public record MandateView(
        UUID id,
        PersonId citizen,
        UUID adviser,
        String adviserName,
        Instant validFrom,
        Instant validUntil,
        @Nullable Instant revokedAt,
        boolean active) {}
