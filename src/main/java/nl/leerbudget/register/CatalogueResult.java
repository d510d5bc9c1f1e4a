package nl.leerbudget.register;

import java.util.List;

/** One page of the catalogue's answer to a query, with the total and the facets of all that matched. */
public record CatalogueResult(List<CatalogueHit> hits, long total, int page, int pageSize, Facets facets) {

    public CatalogueResult {
        hits = List.copyOf(hits);
    }

    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }
}
