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
}
