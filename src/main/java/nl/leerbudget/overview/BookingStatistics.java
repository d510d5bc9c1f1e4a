package nl.leerbudget.overview;

import java.time.Instant;
import java.util.List;
import nl.leerbudget.overview.domain.BookingTallies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate views of the bookings for the signals of misuse ({@code monitoring}): counts per offering and month, and
 * the cancelled bookings with a pseudonym for the person, never a name or a personal number.
 */
@Service
public class BookingStatistics {

    private final BookingTallies tallies;

    BookingStatistics(BookingTallies tallies) {
        this.tallies = tallies;
    }

    /** Every requested booking counted by offering, provider and month; one read. */
    @Transactional(readOnly = true)
    public List<BookingMonth> perOfferingAndMonth() {
        return tallies.perOfferingAndMonth();
    }

    /** The bookings cancelled after they were requested, since that instant; one read. */
    @Transactional(readOnly = true)
    public List<BookingCancellation> cancelledSince(Instant since) {
        return tallies.cancelledSince(since);
    }
}
