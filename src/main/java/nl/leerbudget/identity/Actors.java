package nl.leerbudget.identity;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells who makes the current request, and lets batch work run as the system. */
@Component
public class Actors {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    public Actor current() {
        if (SYSTEM.get()) {
            return Actor.SYSTEM;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        return Actor.ANONYMOUS;
    }

    /** Runs work as the system (batch jobs, start-up), whoever is logged in. */
    public <T> T asSystem(Supplier<T> work) {
        boolean before = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(before);
        }
    }

    /** Implemented by the principals of authenticated users. */
    public interface ActorPrincipal {
        Actor actor();
    }
}
