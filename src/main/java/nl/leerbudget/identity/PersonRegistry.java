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

    /**
     * The registered people with these BSNs, for a funder that names its employees or members by BSN (a deposit or
     * relation file): by the BSN text as given. A text that is not a valid BSN, or a BSN nobody is registered with,
     * is absent; which of the two it was, {@link #isBsn} tells. The BSN goes no further than this call.
     */
    public java.util.Map<String, PersonId> findByBsn(java.util.Collection<String> bsns) {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.SCHEME_ADMINISTRATOR) && !actor.has(Role.FUNDER)) {
            throw new NotPermitted("only funders and the executing agency look people up by BSN");
        }
        java.util.Map<String, String> lookups = new java.util.HashMap<>();
        for (String text : bsns) {
            if (isBsn(text)) {
                lookups.put(vault.lookup(Bsn.of(text)), text);
            }
        }
        java.util.Map<String, PersonId> found = new java.util.HashMap<>();
        people.idsByLookup(lookups.keySet()).forEach((lookup, id) -> found.put(lookups.get(lookup), id));
        return found;
    }

    /** Whether the text is a BSN: nine digits (or eight, with the leading zero left off) that pass the eleven-test. */
    public static boolean isBsn(String text) {
        try {
            Bsn.of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static PersonView view(People.Person person) {
        return new PersonView(person.id(), person.displayName(), person.createdAt());
    }
}
