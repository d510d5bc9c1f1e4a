package nl.leerbudget.rights;

import nl.leerbudget.shared.PersonId;

/** The person registry does not know this person: no history is recorded and no right credited for them. */
public class UnknownPerson extends RuntimeException {

    public UnknownPerson(PersonId person) {
        super("no person with id " + person + " is known", null, false, false);
    }
}
