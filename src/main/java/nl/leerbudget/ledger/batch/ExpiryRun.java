package nl.leerbudget.ledger.batch;

import java.time.Clock;
import java.time.LocalDate;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.Ledger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases timed-out holds and expires compartments whose validity has ended. Each compartment is emptied and marked
 * in one transaction, so a run that is interrupted resumes where it stopped when it runs again, and nothing expires
 * twice. With several instances, two runs at once are harmless: the second finds nothing left to do for the
 * compartments the first has locked and emptied.
 */
@Component
class ExpiryRun {

    private final Ledger ledger;
    private final Clock clock;
    private final Actors actors;

    ExpiryRun(Ledger ledger, Clock clock, Actors actors) {
        this.ledger = ledger;
        this.clock = clock;
        this.actors = actors;
    }

    @Scheduled(cron = "${leerbudget.ledger.expiry-cron:0 5 0 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        actors.asSystem(() -> ledger.expire(LocalDate.now(clock.withZone(Ledger.ZONE))));
    }

    /** Holds time out by the minute, not by the night. */
    @Scheduled(fixedDelayString = "${leerbudget.ledger.hold-timeout-delay:60s}", initialDelayString = "60s")
    void holdTimeouts() {
        actors.asSystem(ledger::releaseTimedOutHolds);
    }
}
