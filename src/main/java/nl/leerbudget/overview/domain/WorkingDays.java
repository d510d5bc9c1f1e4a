package nl.leerbudget.overview.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counting working days: Monday to Friday, except the holidays the booking policy names. */
public final class WorkingDays {

    private WorkingDays() {}

    /**
     * The day on which {@code count} working days after {@code from} have passed: the last day of a deadline that
     * starts counting the day after {@code from}.
     */
    public static LocalDate after(LocalDate from, int count, Set<LocalDate> holidays) {
        if (count < 0) {
            throw new IllegalArgumentException("a number of working days is not negative");
        }
        LocalDate day = from;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }
}
