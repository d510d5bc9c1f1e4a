package nl.leerbudget.funding;

import java.util.Optional;
import nl.leerbudget.funding.domain.AutoApprovals;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funder's rule for co-financing: requests of at most the limit are approved as soon as they come in (rule F17),
 * the rest wait in the funder's inbox. No limit: every request waits.
 */
@Service
public class CoFinancingLimits {

    private final AutoApprovals store;
    private final Actors actors;
    private final java.time.Clock clock;

    CoFinancingLimits(AutoApprovals store, Actors actors, java.time.Clock clock) {
        this.store = store;
        this.actors = actors;
        this.clock = clock;
    }

    /** The limit of the funder the actor works for. */
    @Transactional(readOnly = true)
    public Optional<Money> mine() {
        return store.limit(Staff.funderOf(actors));
    }

    /** Sets the limit of the funder the actor works for; null or zero removes it. */
    @Transactional
    public void set(@Nullable Money limit) {
        AccountId funder = Staff.funderOf(actors);
        if (limit == null || !limit.isPositive()) {
            store.remove(funder);
        } else {
            store.set(funder, limit, actors.current().userId(), clock.instant());
        }
    }

    /** Whether a request of this amount to this funder is approved without a person looking. */
    @Transactional(readOnly = true)
    public boolean approvesAutomatically(AccountId funder, Money amount) {
        return store.limit(funder).filter(limit -> amount.compareTo(limit) <= 0).isPresent();
    }
}
