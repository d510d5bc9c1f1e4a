package nl.leerbudget.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.Assurance;
import nl.leerbudget.identity.Role;
import nl.leerbudget.shared.PersonId;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Lets a test thread call module APIs as a given user: a citizen, a provider's staff member, an administrator. */
public final class ActingAs {

    private record Principal(Actor actor) implements Actors.ActorPrincipal {}

    private ActingAs() {}

    public static Actor citizen(PersonId person) {
        return new Actor("citizen-" + person.value(), Set.of(Role.CITIZEN), person, null, null, Assurance.SUBSTANTIAL);
    }

    public static Actor provider(UUID organisation) {
        return new Actor(
                "provider-" + organisation, Set.of(Role.PROVIDER), null, null, organisation, Assurance.SUBSTANTIAL);
    }

    public static Actor funder(UUID organisation) {
        return new Actor(
                "funder-" + organisation, Set.of(Role.FUNDER), null, null, organisation, Assurance.SUBSTANTIAL);
    }

    public static Actor administrator() {
        return new Actor("admin-test", Set.of(Role.SCHEME_ADMINISTRATOR), null, null, null, Assurance.HIGH);
    }

    /** Runs work as the actor on this thread, and leaves the thread as it found it. */
    public static <T> T run(Actor actor, Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        var authentication = new TestingAuthenticationToken(new Principal(actor), null, List.of());
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
