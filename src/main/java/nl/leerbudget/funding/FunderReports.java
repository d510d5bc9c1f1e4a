package nl.leerbudget.funding;

import java.util.Optional;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.FunderFlows;
import nl.leerbudget.ledger.FunderUsage;
import nl.leerbudget.ledger.Ledger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The usage report of the funder the actor works for, from the ledger's aggregates. */
@Service
public class FunderReports {

    private final Ledger ledger;
    private final Actors actors;

    FunderReports(Ledger ledger, Actors actors) {
        this.ledger = ledger;
        this.actors = actors;
    }

    /** The report; absent when the funder has no account in the ledger. */
    @Transactional(readOnly = true)
    public Optional<UsageReport> mine() {
        AccountId funder = Staff.funderOf(actors);
        Optional<FunderUsage> usage = ledger.funderUsage(funder);
        Optional<FunderFlows> flows = ledger.funderFlows(funder);
        if (usage.isEmpty() || flows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(UsageReport.of(usage.get(), flows.get()));
    }
}
