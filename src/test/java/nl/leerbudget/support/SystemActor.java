package nl.leerbudget.support;

import java.util.List;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Lets a test thread call module APIs as the system, the way batch jobs do. */
public final class SystemActor {

    private record Principal(Actor actor) implements Actors.ActorPrincipal {}

    private SystemActor() {}

    public static void install() {
        var authentication = new TestingAuthenticationToken(new Principal(Actor.SYSTEM), null, List.of());
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
