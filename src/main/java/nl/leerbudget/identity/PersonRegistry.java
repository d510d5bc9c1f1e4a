package nl.leerbudget.identity;

import java.time.Clock;
import java.util.Optional;
import nl.leerbudget.identity.domain.Bsn;
import nl.leerbudget.identity.domain.BsnVault;
import nl.leerbudget.identity.domain.People;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
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

    PersonRegistry(People people, BsnVault vault, Actors actors, Clock clock) {
        this.people = people;
        this.vault = vault;
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
        return findOrRegister(Bsn.of(bsn), displayName, null);
    }

    /**
     * Finds the person with this BSN, or registers them: with the given id (demo data) or a new one. The one place a
     * BSN becomes a person id; the identity provider's BSN claim at a first login comes here too.
     */
    public PersonView findOrRegister(Bsn bsn, String displayName, @Nullable PersonId id) {
        String lookup = vault.lookup(bsn);
        People.Person person = people.findByLookup(lookup)
                .orElseGet(() -> people.register(
                        id != null ? id : new PersonId(java.util.UUID.randomUUID()),
                        lookup,
                        vault.encrypt(bsn),
                        displayName,
                        clock.instant()));
        return view(person);
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

    /**
     * Those of the given ids that belong to a registered person: money moves only for people the registry knows. Says
     * nothing about anyone beyond whether they exist, and is for other modules' checks, not for answering clients.
     */
    public java.util.Set<PersonId> known(java.util.Collection<PersonId> ids) {
        return ids.isEmpty() ? java.util.Set.of() : people.existing(ids);
    }

    private static PersonView view(People.Person person) {
        return new PersonView(person.id(), person.displayName(), person.createdAt());
    }
}
