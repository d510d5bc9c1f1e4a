package nl.leerbudget.simulation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a person's education, both days included. A period that ends after the population's reference date
 * is ongoing: its end is the planned end and it has no diploma yet.
 *
 * @param funded publicly funded (bekostigd); private education is not, even when it leads to a recognised diploma
 */
public record EducationPeriod(Track track, LocalDate start, LocalDate end, boolean funded, boolean diploma) {

    public EducationPeriod {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + ".." + end);
        }
    }
}
