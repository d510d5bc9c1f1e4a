package nl.leerbudget.identity;

import java.time.Clock;
import java.util.Optional;
import nl.leerbudget.identity.domain.Bsn;
import nl.leerbudget.identity.domain.BsnVault;
import nl.leerbudget.identity.domain.People;
import nl.leerbudget.shared.PersonId;
import org.springframework.stereotype.Service;

/**
 * The person registry: a BSN becomes a {@link PersonId} here and nowhere else. The BSN is kept as a keyed hash (to
 * find the person) and encrypted (to hand it on); it is never returned, logged or written to another table.
 */
@Service
public class PersonRegistry {

    private final People people;
    private final BsnVault vault;
    private final Actors actors;
    private final Clock clock;

    PersonRegistry(People people, IdentityProperties properties, Actors actors, Clock clock) {
        this.people = people;
        this.vault = new BsnVault(properties.bsnKeyBytes());
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Registers a person by BSN, or finds the one registered with it.
     *
     * @throws IllegalArgumentException if the text is not a BSN that passes the eleven-test
     */
    public PersonView register(String bsn, String displayName) {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.SCHEME_ADMINISTRATOR)) {
            throw new NotPermitted("only the executing agency registers people");
        }
        return view(registerAs(Bsn.of(bsn), displayName));
    }

    /** Registration at login or from demo data, without an actor check; the BSN comes from the identity provider. */
    People.Person registerAs(Bsn bsn, String displayName) {
        String lookup = vault.lookup(bsn);
        return people.findByLookup(lookup)
                .orElseGet(() -> people.register(
                        PersonId.of(java.util.UUID.randomUUID().toString()),
                        lookup,
                        vault.encrypt(bsn),
                        displayName,
                        clock.instant()));
    }

    /** Registers a person with a known id (demo data). */
    People.Person registerWithId(PersonId id, Bsn bsn, String displayName) {
        String lookup = vault.lookup(bsn);
        return people.findByLookup(lookup)
                .orElseGet(() -> people.register(id, lookup, vault.encrypt(bsn), displayName, clock.instant()));
    }

    public Optional<PersonView> find(PersonId id) {
        Actor actor = actors.current();
        boolean self = id.equals(actor.subjectPerson());
        if (!self && !actor.isSystem() && !actor.has(Role.SCHEME_ADMINISTRATOR)) {
            actors.refuse("person", id.toString());
            return Optional.empty();
        }
        return people.find(id).map(PersonRegistry::view);
    }

    private static PersonView view(People.Person person) {
        return new PersonView(person.id(), person.displayName(), person.createdAt());
    }
}
