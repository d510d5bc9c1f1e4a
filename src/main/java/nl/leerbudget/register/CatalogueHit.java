package nl.leerbudget.register;

import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * One admitted offering as the catalogue lists it, at its current version.
 *
 * @param summary the start of the description, at most about 200 characters
 * @param priceCents the price including VAT
 * @param bookable false while the provider is suspended or excluded: the offering is shown but cannot be booked
 */
public record CatalogueHit(
        OfferingId offering,
        ProviderId provider,
        String providerName,
        String name,
        String summary,
        OfferingType type,
        @Nullable Integer level,
        Modality modality,
        @Nullable String location,
        long priceCents,
        boolean recognised,
        boolean bookable) {}
