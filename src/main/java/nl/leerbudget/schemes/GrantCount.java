package nl.leerbudget.schemes;

import java.util.Objects;

/**
 * How many people hold a grant, for one education level and one year of birth: an aggregate view for statistics,
 * without any person in it. A person counts once however many grants they hold.
 *
 * @param birthYear the year of birth of the people counted (the basisregistratie's birth date, reduced to its year)
 */
public record GrantCount(EducationLevel level, int birthYear, long people) {

    public GrantCount {
        Objects.requireNonNull(level, "level");
        if (people < 1) {
            throw new IllegalArgumentException("a count names at least one person");
        }
    }
}
