package nl.leerbudget.rights;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.rights.domain.EducationHistories;
import nl.leerbudget.shared.IntegrityCheck;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every learning account belongs to a known person: one the person registry knows by BSN, or one whose education
 * history the education register delivered (the national batch credits people it knows by that history). Walks the
 * owners a page at a time, so it reads ten million accounts without holding them.
 */
@Component
class LearningAccountOwners implements IntegrityCheck {

    static final String RULE = "LEARNING_ACCOUNT_OWNER_UNKNOWN";
    private static final int PAGE = 1000;

    private final Ledger ledger;
    private final PersonRegistry registry;
    private final EducationHistories histories;
    private final Actors actors;

    LearningAccountOwners(Ledger ledger, PersonRegistry registry, EducationHistories histories, Actors actors) {
        this.ledger = ledger;
        this.registry = registry;
        this.histories = histories;
        this.actors = actors;
    }

    @Override
    public String description() {
        return "every learning account belongs to a known person";
    }

    @Override
    public List<Finding> findings(int limit) {
        // Verify is an audit: it reads what the executing agency may read, whoever asked for the check.
        return actors.asSystem(() -> {
            List<Finding> found = new ArrayList<>();
            @Nullable PersonId after = null;
            while (found.size() < limit) {
                List<PersonId> owners = ledger.learningAccountOwners(after, PAGE);
                if (owners.isEmpty()) {
                    break;
                }
                Set<PersonId> known = new HashSet<>(registry.known(owners));
                known.addAll(histories.latestVersions(owners).keySet());
                for (PersonId owner : owners) {
                    if (!known.contains(owner) && found.size() < limit) {
                        found.add(new Finding(
                                RULE,
                                "the learning account of person " + owner
                                        + " belongs to nobody the person registry or the education register knows"));
                    }
                }
                after = owners.getLast();
            }
            return found;
        });
    }
}
