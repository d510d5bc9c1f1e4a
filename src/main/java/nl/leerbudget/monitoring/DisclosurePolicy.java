package nl.leerbudget.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The thresholds of disclosure control, as policy data ({@code monitoring/openbaarmaking-2027.policy}), each with
 * its source in the file.
 *
 * @param minimumPeople a cell describing fewer people than this (but at least one) is not published (rule D1)
 * @param dominancePercent a sum is not published when one contributor holds more than this percentage of it (D2)
 * @param carryOverReleases whether a cell hidden in the previous release of a table stays hidden (D4)
 */
public record DisclosurePolicy(
        String id,
        int version,
        String description,
        LocalDate effectiveFrom,
        int minimumPeople,
        int dominancePercent,
        boolean carryOverReleases) {

    public DisclosurePolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (minimumPeople < 2) {
            throw new IllegalArgumentException("minimum-people must be at least 2");
        }
        if (dominancePercent < 1 || dominancePercent > 100) {
            throw new IllegalArgumentException("dominance must be between 1 and 100 percent");
        }
    }
}
