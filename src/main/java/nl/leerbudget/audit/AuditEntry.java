package nl.leerbudget.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * One act to record. Holds ids and route patterns only: never a BSN, never a request body.
 *
 * @param actor the pseudonymous id of the user ({@code Actor.userId()}), "system" or "anonymous"
 * @param onBehalfOf the person an adviser acted for under a mandate, or null
 * @param action the method and route pattern, e.g. {@code POST /api/v1/holds/{holdId}/settlements}
 * @param subject the ids the act concerns, e.g. {@code holdId=…}, or null
 * @param requestId the id that ties the record to the request and its logs
 * @param outcome the HTTP status, or {@code DENIED <resource>}
 * @param at when it happened; kept to the microsecond, as the databases store it, so that the hash stays the same
 */
public record AuditEntry(
        String actor,
        @Nullable PersonId onBehalfOf,
        String action,
        @Nullable String subject,
        String requestId,
        String outcome,
        Instant at) {

    // The column sizes of audit_record.
    public static final int MAX_ACTOR = 200;
    public static final int MAX_ACTION = 300;
    public static final int MAX_SUBJECT = 500;
    public static final int MAX_REQUEST_ID = 64;
    public static final int MAX_OUTCOME = 200;

    public AuditEntry {
        required("actor", actor, MAX_ACTOR);
        required("action", action, MAX_ACTION);
        if (subject != null) {
            required("subject", subject, MAX_SUBJECT);
        }
        required("requestId", requestId, MAX_REQUEST_ID);
        required("outcome", outcome, MAX_OUTCOME);
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }

    private static void required(String name, String value, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must have 1 to " + maxLength + " characters");
        }
    }
}
