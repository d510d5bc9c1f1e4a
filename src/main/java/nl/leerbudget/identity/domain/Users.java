package nl.leerbudget.identity.domain;

import java.util.Optional;
import java.util.UUID;

/** Users and the login subjects that identify them. */
public interface Users {

    Optional<User> find(UUID id);

    Optional<User> bySubject(String issuer, String subject);

    Optional<User> ofPerson(nl.leerbudget.shared.PersonId person);

    /** Stores the user if new and links the login subject to it; idempotent. */
    void save(User user, String issuer, String subject, java.time.Instant now);
}
