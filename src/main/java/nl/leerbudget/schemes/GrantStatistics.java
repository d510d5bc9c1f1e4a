package nl.leerbudget.schemes;

import java.util.List;
import nl.leerbudget.schemes.domain.GrantTallies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate views of the grants for statistics ({@code monitoring}): counts only, never a person. What a caller
 * publishes from them is its own disclosure control's business.
 */
@Service
public class GrantStatistics {

    private final GrantTallies tallies;

    GrantStatistics(GrantTallies tallies) {
        this.tallies = tallies;
    }

    /** The people holding at least one grant, by education level and year of birth; one read. */
    @Transactional(readOnly = true)
    public List<GrantCount> peopleWithAGrant() {
        return tallies.peopleWithAGrant();
    }

    /** The people holding at least one grant, by labour-market tie, sector and year of birth; one read. */
    @Transactional(readOnly = true)
    public List<GrantPosition> peopleWithAGrantByPosition() {
        return tallies.peopleWithAGrantByPosition();
    }

    /** Every grant, whatever became of it, counted and summed by window, offering and stage; one read. */
    @Transactional(readOnly = true)
    public List<GrantTally> grants() {
        return tallies.grants();
    }

    /** Every application window with its budget, oldest first; one read. */
    @Transactional(readOnly = true)
    public List<WindowBudget> windows() {
        return tallies.windows();
    }

    /** Per provider, what grants with a confirmed start (settled or paid) bring it; one read. */
    @Transactional(readOnly = true)
    public List<ProviderReceipts> receiptsPerProvider() {
        return tallies.receiptsPerProvider();
    }

    /** Every grant counted by offering and the month it was decided in; one read. */
    @Transactional(readOnly = true)
    public List<GrantMonth> grantsPerMonth() {
        return tallies.grantsPerMonth();
    }
}
