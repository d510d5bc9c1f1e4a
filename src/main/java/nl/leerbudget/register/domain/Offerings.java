package nl.leerbudget.register.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerbudget.register.Finding;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingStatus;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.shared.OfferingType;

public interface Offerings {

    /** An offering at its current version, with the findings of that version. */
    record Current(
            OfferingId id,
            ProviderId provider,
            int version,
            OfferingDetails details,
            OfferingStatus status,
            String statusReason,
            List<Finding> findings,
            Instant updatedAt) {}

    Optional<Current> find(OfferingId id);

    /**
     * An offering at its current version with what a booking needs of its provider, in one read: {@code findings} of
     * the current version are left out (empty).
     */
    record WithProvider(Current offering, String providerName, ProviderStatus providerStatus, String providerReason) {}

    /** The offering at its current version and its provider's name and status, without findings. */
    Optional<WithProvider> findWithProvider(OfferingId id);

    /** A specific version, as it was booked. */
    Optional<OfferingDetails> version(OfferingId id, int version);

    /** Adds a version (1 for a new offering) with its findings, and makes it current with the given status. */
    void addVersion(
            OfferingId id,
            ProviderId provider,
            int version,
            OfferingDetails details,
            List<Finding> findings,
            OfferingStatus status,
            String reason,
            Instant now);

    void decide(OfferingId id, int version, OfferingStatus status, String reason, String reviewer, Instant now);

    List<Current> inReview(int limit);

    List<Current> ofProvider(ProviderId provider, int limit);

    /** Price per study hour (cents) of admitted offerings of a type, for the plausibility check. */
    List<Long> admittedPricesPerHour(OfferingType type, int limit);

    /** The type of every offering at its current version, whatever its status: one read, for statistics. */
    java.util.Map<OfferingId, OfferingType> types();

    /** Every offering at its current version with its provider, whatever its status: one read, for signals. */
    List<nl.leerbudget.register.OfferingSummary> summaries();
}
