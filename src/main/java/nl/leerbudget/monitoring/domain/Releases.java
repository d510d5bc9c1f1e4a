package nl.leerbudget.monitoring.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.leerbudget.monitoring.DisclosureRule;

/** The releases of the published tables, each with the cells it hid. */
public interface Releases {

    /** The last release of a table, if it was ever published. */
    Optional<Release> latest(String tableId);

    /**
     * Keeps a new release of a table.
     *
     * @return false when another publication kept this version first (the caller reads the latest again)
     */
    boolean add(String tableId, int version, Instant releasedAt, String policyId, Map<CellKey, DisclosureRule> hidden);

    /** One release of a table: its version and the cells it hid, each with the rule that hid it. */
    record Release(String tableId, int version, Instant releasedAt, Map<CellKey, DisclosureRule> hidden) {

        public Release {
            hidden = Map.copyOf(hidden);
        }
    }
}
