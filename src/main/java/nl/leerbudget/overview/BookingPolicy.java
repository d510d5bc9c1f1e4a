package nl.leerbudget.overview;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The deadlines of a booking, as policy data ({@code overview/boekingen-2027.policy}): how many working days each
 * party has for its step, and the public holidays that are not working days.
 *
 * @param personConfirmsWithin working days after an adviser prepared a booking, for the person to confirm it
 * @param providerAnswersWithin working days after the request, for the provider to accept or decline
 * @param startReportedWithin working days after the booked start date, for the provider to report the start (or a
 *     no-show, or an early stop)
 */
public record BookingPolicy(
        String id,
        int version,
        String description,
        LocalDate effectiveFrom,
        int personConfirmsWithin,
        int providerAnswersWithin,
        int startReportedWithin,
        Set<LocalDate> holidays) {

    public BookingPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        holidays = Set.copyOf(holidays);
        if (personConfirmsWithin < 1 || providerAnswersWithin < 1 || startReportedWithin < 1) {
            throw new IllegalArgumentException("every deadline is at least one working day");
        }
    }
}
