package nl.leerbudget.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.identity.Role;
import nl.leerbudget.shared.PersonId;

/** Users and the login subjects that identify them. */
public interface Users {

    Optional<User> find(UUID id);

    Optional<User> bySubject(String issuer, String subject);

    Optional<User> ofPerson(PersonId person);

    /** Up to {@code limit} users with the role, by name. */
    List<User> withRole(Role role, int limit);

    /** Stores the user if new and links the login subject to it; idempotent. */
    void save(User user, String issuer, String subject, Instant now);
}
