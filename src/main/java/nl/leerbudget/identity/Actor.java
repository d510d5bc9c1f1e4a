package nl.leerbudget.identity;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Whoever makes the current request: a logged-in user with roles, the system itself (batch jobs, start-up), or nobody.
 *
 * @param userId a stable pseudonymous id of the user, safe for logs and the audit trail ("system", "anonymous")
 * @param person the person the user is, for citizens and advisers; null for organisations' staff and the system
 * @param actingFor the citizen an adviser acts for under a mandate, or null
 * @param organisation the ledger account id of the provider or funder the user works for, or null
 * @param assurance how sure the login is of who this is (citizens need substantial to spend)
 */
public record Actor(
        String userId,
        Set<Role> roles,
        @Nullable PersonId person,
        @Nullable PersonId actingFor,
        @Nullable UUID organisation,
        Assurance assurance) {

    public static final Actor SYSTEM = new Actor("system", Set.of(), null, null, null, Assurance.HIGH);
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of(), null, null, null, Assurance.NONE);

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(assurance, "assurance");
        roles = Set.copyOf(roles);
    }

    public Actor(
            String userId,
            Set<Role> roles,
            @Nullable PersonId person,
            @Nullable PersonId actingFor,
            @Nullable UUID organisation) {
        this(userId, roles, person, actingFor, organisation, Assurance.NONE);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return this.equals(SYSTEM);
    }

    public boolean isAnonymous() {
        return this.equals(ANONYMOUS);
    }

    /** The person whose data this actor works with: their own, or the one they act for under a mandate. */
    public @Nullable PersonId subjectPerson() {
        return actingFor != null ? actingFor : person;
    }
}
