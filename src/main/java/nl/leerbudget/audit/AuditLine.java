package nl.leerbudget.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One record of the trail as an auditor reads it: what was done, by whom, on what, with what outcome. */
public record AuditLine(
        long seq,
        Instant recordedAt,
        String actor,
        @Nullable String onBehalfOf,
        String action,
        @Nullable String subject,
        String requestId,
        String outcome) {}
