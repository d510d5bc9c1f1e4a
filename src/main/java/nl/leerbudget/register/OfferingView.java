package nl.leerbudget.register;

import java.time.Instant;
import java.util.List;

/**
 * An offering at its current version, with the findings of the checks and whether it can be booked now.
 *
 * @param bookableReason in Dutch: why it can or cannot be booked
 */
public record OfferingView(
        OfferingId id,
        ProviderId provider,
        String providerName,
        int version,
        OfferingDetails details,
        OfferingStatus status,
        String statusReason,
        List<Finding> findings,
        boolean bookable,
        String bookableReason,
        Instant updatedAt) {

    public OfferingView {
        findings = List.copyOf(findings);
    }
}
