package nl.leerbudget.register;

import java.util.Objects;
import java.util.Set;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * A search of the public catalogue. Every part narrows the result: the words of {@code text} must all occur (in any
 * form: "opleidingen" finds "opleiding"; the last word may be the start of one); within {@code types}, {@code levels}
 * and {@code modalities} any of the values will do. Empty text and empty sets do not narrow.
 *
 * @param location a place name as the facets show it
 * @param minPriceCents the lowest price including VAT, inclusive
 * @param maxPriceCents the highest price including VAT, inclusive
 * @param recognised true: only OCW-recognised education; false: only other; null: both
 * @param skills ESCO skill URIs: only offerings tagged with at least one of them (empty: all); the catalogue's filter
 *     by occupation gives the occupation's essential skills here
 * @param page from 1
 * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
 */
public record CatalogueQuery(
        String text,
        Set<OfferingType> types,
        Set<Integer> levels,
        Set<Modality> modalities,
        @Nullable String location,
        @Nullable Long minPriceCents,
        @Nullable Long maxPriceCents,
        @Nullable Boolean recognised,
        Set<String> skills,
        int page,
        int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SKILLS = 500;

    public CatalogueQuery {
        Objects.requireNonNull(text, "text");
        types = Set.copyOf(types);
        levels = Set.copyOf(levels);
        modalities = Set.copyOf(modalities);
        skills = Set.copyOf(skills);
        if (skills.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("at most " + MAX_SKILLS + " skills");
        }
        if (levels.stream().anyMatch(level -> level < 1 || level > 8)) {
            throw new IllegalArgumentException("an NLQF level is 1 to 8: " + levels);
        }
        if ((minPriceCents != null && minPriceCents < 0) || (maxPriceCents != null && maxPriceCents < 0)) {
            throw new IllegalArgumentException("prices are never negative");
        }
        if (page < 1 || page > MAX_PAGE || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 1, pageSize 1 to " + MAX_PAGE_SIZE);
        }
        if (location != null && location.isBlank()) {
            location = null;
        }
    }

    /** Everything, the newest first. */
    public static CatalogueQuery all(int page, int pageSize) {
        return new CatalogueQuery("", Set.of(), Set.of(), Set.of(), null, null, null, null, Set.of(), page, pageSize);
    }

    public static CatalogueQuery text(String text) {
        return new CatalogueQuery(text, Set.of(), Set.of(), Set.of(), null, null, null, null, Set.of(), 1, 20);
    }

    public CatalogueQuery withPage(int page, int pageSize) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }

    public CatalogueQuery withText(String text) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }

    public CatalogueQuery withTypes(Set<OfferingType> types) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }

    public CatalogueQuery withLevels(Set<Integer> levels) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }

    public CatalogueQuery withModalities(Set<Modality> modalities) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }

    public CatalogueQuery withLocation(@Nullable String location) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }

    public CatalogueQuery withPrice(@Nullable Long minPriceCents, @Nullable Long maxPriceCents) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }

    public CatalogueQuery withRecognised(@Nullable Boolean recognised) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }

    public CatalogueQuery withSkills(Set<String> skills) {
        return new CatalogueQuery(
                text,
                types,
                levels,
                modalities,
                location,
                minPriceCents,
                maxPriceCents,
                recognised,
                skills,
                page,
                pageSize);
    }
}
