package nl.leerbudget.identity.domain;

import java.time.Instant;
import java.util.Optional;
import nl.leerbudget.shared.PersonId;

/** The person registry: person ids with their BSN kept by the vault. */
public interface People {

    record Person(PersonId id, String displayName, Instant createdAt) {}

    Optional<Person> find(PersonId id);

    /** Those of the given ids that belong to a registered person. */
    java.util.Set<PersonId> existing(java.util.Collection<PersonId> ids);

    Optional<Person> findByLookup(String bsnLookup);

    /** The person ids registered with these BSN lookups, by lookup; unknown lookups are absent. */
    java.util.Map<String, PersonId> idsByLookup(java.util.Collection<String> bsnLookups);

    /** Adds the person unless one with the same BSN exists; returns the registered person either way. */
    Person register(PersonId id, String bsnLookup, String bsnEncrypted, String displayName, Instant now);
}
