package nl.leerbudget.rights;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a birth date can be true: not in the future and not longer ago than anyone lives. A history with a birth
 * date of 2990 or 0001 is a mistake, and a right computed from it would move real money.
 */
public final class BirthDates {

    /** Nobody in the education register was born longer ago than this. */
    public static final int OLDEST_AGE = 120;

    private BirthDates() {}

    /** What is wrong with the birth date, in Dutch, or null when it is plausible on {@code today}. */
    public static @Nullable String problem(LocalDate birthDate, LocalDate today) {
        if (birthDate.isAfter(today)) {
            return "De geboortedatum ligt in de toekomst.";
        }
        if (birthDate.isBefore(today.minusYears(OLDEST_AGE))) {
            return "De geboortedatum ligt meer dan " + OLDEST_AGE + " jaar terug.";
        }
        return null;
    }
}
