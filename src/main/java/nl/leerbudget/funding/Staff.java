package nl.leerbudget.funding;

import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.AccountId;

/** The funder a member of staff works for: its ledger account. Anyone else is refused, and the refusal recorded. */
final class Staff {

    private Staff() {}

    static AccountId funderOf(Actors actors) {
        Actor actor = actors.current();
        if (!actor.has(Role.FUNDER) || actor.organisation() == null) {
            actors.refuse("funding", "no funder");
            throw new NotPermitted("only a funder's staff do this");
        }
        return new AccountId(actor.organisation());
    }
}
