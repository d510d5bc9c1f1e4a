package nl.leerbudget.funding.batch;

import java.time.Clock;
import java.time.LocalDate;
import nl.leerbudget.funding.RelationEnds;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.Ledger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Handles the relations that ended, every night: what is left of the funder's money goes where the funder chose. A run
 * stopped halfway is taken up by the next one; an end already handled is never handled again.
 */
@Component
class RelationEndRun {

    private final RelationEnds ends;
    private final Actors actors;
    private final Clock clock;

    RelationEndRun(RelationEnds ends, Actors actors, Clock clock) {
        this.ends = ends;
        this.actors = actors;
        this.clock = clock;
    }

    @Scheduled(cron = "${leerbudget.funding.relation-end-cron:0 45 0 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        actors.asSystem(() -> ends.runDue(LocalDate.now(clock.withZone(Ledger.ZONE))));
    }
}
