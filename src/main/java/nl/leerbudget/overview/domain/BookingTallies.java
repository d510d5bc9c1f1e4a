package nl.leerbudget.overview.domain;

import java.time.Instant;
import java.util.List;
import nl.leerbudget.overview.BookingCancellation;
import nl.leerbudget.overview.BookingMonth;

/** Counts over the bookings, for the signals of misuse. */
public interface BookingTallies {

    /** Every booking that was requested, counted by offering, provider and month of its request. */
    List<BookingMonth> perOfferingAndMonth();

    /** The bookings cancelled after they were requested, since that instant. */
    List<BookingCancellation> cancelledSince(Instant since);
}
