package nl.leerbudget.overview;

import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Role;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Whose budgets the actor sees, in plans and in the overview: the citizen's own, or those of the citizen an adviser
 * acts for under a mandate. One rule for the whole module.
 */
final class Subject {

    private Subject() {}

    /** The citizen, or the one an adviser acts for under a mandate; null for anyone else. */
    static @Nullable PersonId of(Actor actor) {
        if (actor.has(Role.ADVISER) && actor.actingFor() != null) {
            return actor.actingFor();
        }
        if (actor.has(Role.CITIZEN)) {
            return actor.person();
        }
        return null;
    }
}
