package nl.leerbudget.identity;

import java.time.Instant;
import nl.leerbudget.shared.PersonId;

/** A person as other modules may see them: no BSN. */
public record PersonView(PersonId id, String displayName, Instant registeredAt) {}
