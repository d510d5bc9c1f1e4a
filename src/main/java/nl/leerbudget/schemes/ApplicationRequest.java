package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's application in a window for one offering.
 *
 * @param requestId chosen by the client and sent again when it retries: the same id with the same content is answered
 *     with the first receipt; with other content it is refused
 * @param offeringId an offering of the register
 * @param plannedStart the day the person plans to start; the grant lapses a set time after it
 */
public record ApplicationRequest(UUID requestId, UUID offeringId, LocalDate plannedStart) {

    public ApplicationRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(plannedStart, "plannedStart");
    }
}
