package nl.leerbudget.rights;

import java.util.Objects;
import nl.leerbudget.shared.Money;

/**
 * The public cost of one funded year of a track in one calendar year: what the state paid an institution per
 * student, without study finance.
 *
 * @param assumption no official figure exists for this value; it is an estimate, and explanations say so
 * @param source where the value comes from, or how it was estimated
 */
public record YearlyCost(EducationTrack track, int year, Money cost, boolean assumption, String source) {

    public YearlyCost {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(cost, "cost");
        if (cost.isNegative()) {
            throw new IllegalArgumentException("a cost is not negative");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("every cost names its source");
        }
    }
}
