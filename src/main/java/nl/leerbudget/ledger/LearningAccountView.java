package nl.leerbudget.ledger;

import java.time.Instant;
import java.util.List;
import nl.leerbudget.shared.PersonId;

/** A person's learning account: all their compartments. */
public record LearningAccountView(
        LearningAccountId id, PersonId person, Instant openedAt, List<AccountView> compartments) {

    public LearningAccountView {
        compartments = List.copyOf(compartments);
    }
}
