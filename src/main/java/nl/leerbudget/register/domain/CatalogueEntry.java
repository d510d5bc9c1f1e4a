package nl.leerbudget.register.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * An admitted offering as the public catalogue keeps it: what a result list shows, what the filters look at, and the
 * search terms of its name and of the rest of its text (description, provider, place, fields of study).
 *
 * @param bookable whether the provider is admitted; the offering itself is admitted, or it would not be here
 * @param nameTerms the terms of the name, which rank a result higher
 * @param otherTerms the terms of the rest, without those already in {@code nameTerms}
 */
public record CatalogueEntry(
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
        boolean bookable,
        Instant updatedAt,
        List<String> nameTerms,
        List<String> otherTerms) {

    /** Summaries are cut at a word near this length. */
    static final int SUMMARY_LENGTH = 200;

    public CatalogueEntry {
        Objects.requireNonNull(offering, "offering");
        nameTerms = List.copyOf(nameTerms);
        otherTerms = List.copyOf(otherTerms);
    }

    public static CatalogueEntry of(
            OfferingId offering,
            ProviderId provider,
            String providerName,
            ProviderStatus providerStatus,
            OfferingDetails details,
            Instant updatedAt) {
        List<String> nameTerms = SearchTerms.of(details.name());
        Set<String> other = new LinkedHashSet<>();
        other.addAll(SearchTerms.of(details.description()));
        other.addAll(SearchTerms.of(providerName));
        if (details.location() != null) {
            other.addAll(SearchTerms.of(details.location()));
        }
        details.fieldsOfStudy().forEach(field -> other.addAll(SearchTerms.of(field)));
        nameTerms.forEach(other::remove);
        return new CatalogueEntry(
                offering,
                provider,
                providerName,
                details.name(),
                summary(details.description()),
                details.type(),
                details.level(),
                details.modality(),
                details.location(),
                details.priceCents(),
                details.recognised(),
                providerStatus == ProviderStatus.ADMITTED,
                updatedAt,
                nameTerms,
                new ArrayList<>(other));
    }

    public PriceBand priceBand() {
        return PriceBand.of(priceCents);
    }

    /**
     * The first sentence of the description when it is short enough, otherwise its start cut after a whole word,
     * with an ellipsis.
     */
    static String summary(String description) {
        String flat = description.strip().replaceAll("\\s+", " ");
        int sentence = flat.indexOf(". ");
        if (sentence >= 40 && sentence < SUMMARY_LENGTH) {
            return flat.substring(0, sentence + 1);
        }
        if (flat.length() <= SUMMARY_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SUMMARY_LENGTH);
        String start = flat.substring(0, cut < SUMMARY_LENGTH / 2 ? SUMMARY_LENGTH : cut);
        return start.replaceAll("[\\s,.;:!?-]+$", "") + "…";
    }
}
