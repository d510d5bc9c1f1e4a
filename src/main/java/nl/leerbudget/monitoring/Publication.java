package nl.leerbudget.monitoring;

import java.time.Instant;
import java.util.Objects;
import nl.leerbudget.monitoring.domain.ProtectedTable;

/**
 * One table as published: protected, and the release it belongs to. A release keeps the cells it hid, so that later
 * releases of the same table hide them too (rule D4).
 *
 * @param release the version of the release, 1 for the first
 * @param releasedAt when that release was first published
 */
public record Publication(StatisticsTable table, ProtectedTable content, int release, Instant releasedAt) {

    public Publication {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
