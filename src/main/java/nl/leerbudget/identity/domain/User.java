package nl.leerbudget.identity.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.identity.Role;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** Someone who logs in: a citizen (a person), or staff of an organisation or of the agency. */
public record User(
        UUID id,
        String displayName,
        @Nullable PersonId person,
        @Nullable UUID organisation,
        Set<Role> roles) {

    public User {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
        if (roles.contains(Role.CITIZEN) && person == null) {
            throw new IllegalArgumentException("a citizen is a person");
        }
        if ((roles.contains(Role.PROVIDER) || roles.contains(Role.FUNDER)) && organisation == null) {
            throw new IllegalArgumentException("provider and funder staff work for an organisation");
        }
    }
}
