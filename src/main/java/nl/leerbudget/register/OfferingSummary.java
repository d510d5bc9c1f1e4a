package nl.leerbudget.register;

import java.util.Objects;
import nl.leerbudget.shared.OfferingType;

/**
 * An offering in a line, at its current version: the public facts statistics and signals of misuse need (who offers
 * it, what kind it is, what it costs), whatever its status.
 *
 * @param priceCents the price including VAT
 */
public record OfferingSummary(
        OfferingId id,
        ProviderId provider,
        String providerName,
        String name,
        OfferingType type,
        long priceCents,
        OfferingStatus status) {

    public OfferingSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }
}
