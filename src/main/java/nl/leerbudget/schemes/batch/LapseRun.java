package nl.leerbudget.schemes.batch;

import java.time.Clock;
import java.time.LocalDate;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.schemes.Schemes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Revokes, every night after the ledger's expiry run, the grants whose lapse date has come without a confirmed start.
 * A run that stops halfway is finished by the next: each window is one transaction, and what it did is not done again.
 */
@Component
class LapseRun {

    private final Schemes schemes;
    private final Clock clock;
    private final Actors actors;

    LapseRun(Schemes schemes, Clock clock, Actors actors) {
        this.schemes = schemes;
        this.clock = clock;
        this.actors = actors;
    }

    @Scheduled(cron = "${leerbudget.schemes.lapse-cron:0 20 0 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        actors.asSystem(() -> schemes.lapse(LocalDate.now(clock.withZone(Ledger.ZONE))));
    }
}
