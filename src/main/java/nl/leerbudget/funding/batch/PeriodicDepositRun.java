package nl.leerbudget.funding.batch;

import java.time.Clock;
import java.time.LocalDate;
import nl.leerbudget.funding.PeriodicDeposits;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.Ledger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the periodic deposits that are due, every night. A run stopped halfway (a crash, a deploy) is taken up by the
 * next one, which credits only the people not credited yet; two instances running at once credit nobody twice.
 */
@Component
class PeriodicDepositRun {

    private final PeriodicDeposits deposits;
    private final Actors actors;
    private final Clock clock;

    PeriodicDepositRun(PeriodicDeposits deposits, Actors actors, Clock clock) {
        this.deposits = deposits;
        this.actors = actors;
        this.clock = clock;
    }

    @Scheduled(cron = "${leerbudget.funding.periodic-cron:0 30 0 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        actors.asSystem(() -> deposits.runDue(LocalDate.now(clock.withZone(Ledger.ZONE))));
    }
}
