package nl.leerbudget.register;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.register.domain.CatalogueEntries;
import nl.leerbudget.register.domain.FacetCell;
import nl.leerbudget.register.domain.FacetCounts;
import nl.leerbudget.register.domain.SearchTerms;
import nl.leerbudget.register.domain.TermMatch;
import nl.leerbudget.register.domain.TextQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public catalogue of the training register: full-text search in Dutch with facets over the admitted offerings,
 * open to everyone. An offering of a suspended or excluded provider is found, but marked as not bookable.
 *
 * <p>The register keeps the catalogue in line in its own transactions ({@link Register}); {@link #rebuild} makes it
 * anew from the register, when the analysis of text changed ({@link SearchTerms#VERSION}).
 *
 * <p>A search first gets the facet cells of what matches its words (a few thousand combinations of type, level,
 * modality, price band, recognition and place, with how many entries have each), sums them for the total and the
 * facets under the query's filters, and then gets one page of results. The cells do not depend on the filters or the
 * page, and are the expensive part of a search with many results: they are kept for later pages, other filters and
 * later visitors for as long as the catalogue does not change (its generation, which every change raises in the same
 * transaction, is part of the key), up to {@code leerbudget.catalogue.cells-kept} cells in all (default 500,000, some
 * 25 MB; 0 keeps none), the least used dropped first (Caffeine). A search reads the generation, the cells and the page
 * in one repeatable-read transaction, so all three belong to the same state.
 *
 * <p>Words match exactly, after stemming. When that finds nothing and the last word has at least
 * {@value TextQuery#MIN_PREFIX} letters, the last word matches every term that starts with it (up to
 * {@value #PREFIX_TERMS} terms): "heftr" finds "heftruck".
 */
@Service
public class Catalogue {

    /** Offerings per transaction in a rebuild. */
    static final int REBUILD_CHUNK = 1_000;

    /** At most this many stored terms stand in for a last word that is the start of words. */
    static final int PREFIX_TERMS = 50;

    /** At most this many offerings in one answer of {@link #covering}. */
    public static final int MAX_COVERING = 200;

    /** Kept prefix expansions; each is a short list of terms. */
    static final int PREFIXES_KEPT = 1_000;

    private final CatalogueEntries entries;
    private final Actors actors;
    private final TransactionTemplate reads;
    private final TransactionTemplate writes;
    private final long cellsKept;
    private final Cache<CellsKey, List<FacetCell>> kept;
    private final Cache<PrefixKey, List<String>> prefixes;

    private record PrefixKey(long generation, String prefix) {}

    private record CellsKey(
            long generation,
            TermMatch match,
            Set<String> skills,
            @Nullable Long minPriceCents,
            @Nullable Long maxPriceCents) {}

    Catalogue(
            CatalogueEntries entries,
            Actors actors,
            PlatformTransactionManager transactionManager,
            @Value("${leerbudget.catalogue.cells-kept:500000}") long cellsKept) {
        this.entries = entries;
        this.actors = actors;
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.reads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writes = new TransactionTemplate(transactionManager);
        this.cellsKept = cellsKept;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(Math.max(cellsKept, 0))
                .<CellsKey, List<FacetCell>>weigher((key, cells) -> Math.max(cells.size(), 1))
                .build();
        this.prefixes = Caffeine.newBuilder().maximumSize(PREFIXES_KEPT).build();
    }

    /** One page of the offerings that match, with the total and the facets of all of them. Open to everyone. */
    public CatalogueResult search(CatalogueQuery query) {
        TextQuery text = TextQuery.of(query.text());
        return inTransaction(reads, () -> {
            long generation = cellsKept > 0 ? entries.generation() : 0;
            TermMatch match = TermMatch.exactly(text);
            FacetCounts.Counts counts = FacetCounts.of(cells(generation, match, query), query);
            String prefix = text.prefix();
            if (counts.total() == 0 && prefix != null) {
                List<String> terms = termsStartingWith(generation, prefix);
                if (!terms.isEmpty()) {
                    match = TermMatch.withLast(text, terms);
                    counts = FacetCounts.of(cells(generation, match, query), query);
                }
            }
            long offset = (long) (query.page() - 1) * query.pageSize();
            List<CatalogueHit> hits = offset < counts.total() ? entries.hits(match, query) : List.of();
            return new CatalogueResult(hits, counts.total(), query.page(), query.pageSize(), counts.facets());
        });
    }

    /** The cells of what matches, kept per generation; a price range that cuts through a band is part of the key. */
    private List<FacetCell> cells(long generation, TermMatch match, CatalogueQuery query) {
        boolean aligned =
                FacetCounts.bands(query.minPriceCents(), query.maxPriceCents()).isPresent();
        Long min = aligned ? null : query.minPriceCents();
        Long max = aligned ? null : query.maxPriceCents();
        Set<String> skills = query.skills();
        if (cellsKept <= 0) {
            return entries.cells(match, skills, min, max);
        }
        return kept.get(
                new CellsKey(generation, match, skills, min, max), key -> entries.cells(match, skills, min, max));
    }

    private List<String> termsStartingWith(long generation, String prefix) {
        return prefixes.get(new PrefixKey(generation, prefix), key -> entries.termsStartingWith(prefix, PREFIX_TERMS));
    }

    /**
     * The admitted offerings that are tagged with the most of {@code skills} (ESCO skill URIs), up to {@code limit},
     * the most first, each with which of them it has: for a skills gap. Open to everyone, as the catalogue is.
     */
    public List<SkillCoverage> covering(Set<String> skills, int limit) {
        if (limit < 1 || limit > MAX_COVERING) {
            throw new IllegalArgumentException("limit 1 to " + MAX_COVERING);
        }
        return inTransaction(reads, () -> entries.covering(skills, limit));
    }

    /** Whether the stored terms were made with the current analysis of text; if not, {@link #rebuild} is due. */
    public boolean isCurrent() {
        return SearchTerms.VERSION.equals(entries.analysis());
    }

    /**
     * Makes every entry anew from the register, a chunk of offerings per transaction, and records the analysis it
     * used. Concurrent changes of the register are safe: each chunk locks its offerings' rows as the register's
     * writers do. For the system only (at start, or by an operator's command). Returns the offerings looked at.
     */
    public long rebuild() {
        if (!actors.current().isSystem()) {
            throw new NotPermitted("only the system rebuilds the catalogue");
        }
        long seen = 0;
        OfferingId after = null;
        while (true) {
            OfferingId from = after;
            List<OfferingId> chunk = inTransaction(writes, () -> {
                List<OfferingId> ids = entries.offeringsAfter(from, REBUILD_CHUNK);
                entries.refresh(ids);
                return ids;
            });
            if (chunk.isEmpty()) {
                break;
            }
            seen += chunk.size();
            after = chunk.getLast();
        }
        writes.executeWithoutResult(status -> entries.markAnalysed(SearchTerms.VERSION));
        return seen;
    }

    private static <T> T inTransaction(TransactionTemplate transactions, Supplier<T> work) {
        return Objects.requireNonNull(transactions.execute(status -> work.get()));
    }
}
