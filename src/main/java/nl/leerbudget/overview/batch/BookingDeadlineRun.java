package nl.leerbudget.overview.batch;

import java.time.Clock;
import java.time.LocalDate;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.overview.Bookings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the bookings whose deadline passed (the person did not confirm, the provider did not answer or did not report
 * the start), releasing their holds. Runs every quarter of an hour, so a deadline is kept to the day; each booking is
 * its own transaction, so a run that stops halfway is finished by the next.
 */
@Component
class BookingDeadlineRun {

    private static final Logger log = LoggerFactory.getLogger(BookingDeadlineRun.class);

    private final Bookings bookings;
    private final Actors actors;
    private final Clock clock;

    BookingDeadlineRun(Bookings bookings, Actors actors, Clock clock) {
        this.bookings = bookings;
        this.actors = actors;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${leerbudget.overview.booking-deadline-delay:15m}",
            initialDelayString = "${leerbudget.overview.booking-deadline-delay:15m}")
    void run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Ledger.ZONE);
        int lapsed = actors.asSystem(() -> bookings.lapseOverdue(today));
        if (lapsed > 0) {
            log.info("{} bookings lapsed: their deadline passed before {}", lapsed, today);
        }
    }
}
