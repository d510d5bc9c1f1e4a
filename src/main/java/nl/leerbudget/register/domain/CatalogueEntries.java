package nl.leerbudget.register.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.leerbudget.register.CatalogueHit;
import nl.leerbudget.register.CatalogueQuery;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.SkillCoverage;
import org.jspecify.annotations.Nullable;

/**
 * The public catalogue's index: an entry per admitted offering with its terms, kept in line with the register by the
 * register's own write transactions, and searched with its terms and filters.
 */
public interface CatalogueEntries {

    /**
     * Brings the entries of these offerings in line with the register as the calling transaction sees it: admitted
     * offerings at their current version are (re)indexed, all others removed. Locks the offerings' rows and then the
     * catalogue's state row, so that writers of the catalogue take turns; raises the generation.
     */
    void refresh(Collection<OfferingId> offerings);

    /** After a change of a provider (its status decides whether its offerings can be booked). */
    void refreshProvider(ProviderId provider);

    /** Up to {@code limit} offering ids (any status) after {@code after} in id order; for a full rebuild. */
    List<OfferingId> offeringsAfter(@Nullable OfferingId after, int limit);

    /** A number that changes with every change of the catalogue: what was counted at one generation stays true. */
    long generation();

    /** The {@link SearchTerms#VERSION} the stored terms were made with; {@code none} before the first build. */
    String analysis();

    void markAnalysed(String version);

    /**
     * The facet cells of every entry that matches the terms and is tagged with one of {@code skills} (if any), whatever
     * the other filters; with whether each is within the price range, when one is given.
     */
    List<FacetCell> cells(
            TermMatch match, Set<String> skills, @Nullable Long minPriceCents, @Nullable Long maxPriceCents);

    /**
     * Up to {@code limit} entries tagged with the most of these skills (at least one), the most first, each with which
     * of them it has.
     */
    List<SkillCoverage> covering(Collection<String> skills, int limit);

    /** Up to {@code limit} stored terms that start with {@code prefix}, in order. */
    List<String> termsStartingWith(String prefix, int limit);

    /**
     * The page of results {@code query} asks for among the entries that match: by the number of the query's terms in
     * their name, then the newest first.
     */
    List<CatalogueHit> hits(TermMatch match, CatalogueQuery query);
}
