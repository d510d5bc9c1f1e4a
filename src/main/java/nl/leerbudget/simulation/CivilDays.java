package nl.leerbudget.simulation;

/**
 * Dates as days since 1970-01-01, converted without objects for the generator's inner loop (the algorithms of Howard
 * Hinnant, "chrono-compatible low-level date algorithms", for the proleptic Gregorian calendar of {@code LocalDate}).
 */
final class CivilDays {

    private CivilDays() {}

    static int of(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** Year, month and day packed as {@code year * 10_000 + month * 100 + day}. */
    static int civil(int epochDay) {
        int z = epochDay + 719_468;
        int era = Math.floorDiv(z, 146_097);
        int dayOfEra = z - era * 146_097;
        int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year * 10_000 + month * 100 + day;
    }

    static int year(int epochDay) {
        return civil(epochDay) / 10_000;
    }
}
