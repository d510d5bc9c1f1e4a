package nl.leerbudget.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import nl.leerbudget.identity.domain.Mandates;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells who makes the current request, and lets batch work run as the system. An adviser acts for a citizen by
 * naming the citizen's person id in the {@value #ACTING_FOR} header;
 * only while a mandate is active does the actor carry it, and every refusal is published as {@link AccessDenied}.
 */
@Component
public class Actors {

    /** Request header in which an adviser names the citizen they act for. */
    public static final String ACTING_FOR = "X-Acting-For";

    /** The request attribute holding the actor once resolved, for filters that run around the security chain. */
    public static final String REQUEST_ATTRIBUTE = Actors.class.getName() + ".actor";

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    private final Mandates mandates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Actors(Mandates mandates, ApplicationEventPublisher events, Clock clock) {
        this.mandates = mandates;
        this.events = events;
        this.clock = clock;
    }

    public Actor current() {
        if (SYSTEM.get()) {
            return Actor.SYSTEM;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ActorPrincipal principal)) {
            return Actor.ANONYMOUS;
        }
        HttpServletRequest request = request();
        if (request == null) {
            return principal.actor();
        }
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Actor cached) {
            return cached;
        }
        Actor actor = withMandate(principal.actor(), request);
        request.setAttribute(REQUEST_ATTRIBUTE, actor);
        return actor;
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

    public void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    /** Records that the current actor was refused {@code resource} {@code id}. */
    public void refuse(String resource, String id) {
        events.publishEvent(new AccessDenied(current(), resource, id, clock.instant()));
    }

    private Actor withMandate(Actor actor, HttpServletRequest request) {
        String named = request.getHeader(ACTING_FOR);
        if (named == null || named.isBlank()) {
            return actor;
        }
        Instant now = clock.instant();
        PersonId citizen;
        try {
            citizen = PersonId.of(named.strip());
        } catch (IllegalArgumentException e) {
            events.publishEvent(new AccessDenied(actor, "mandate", "not a person id", now));
            return actor;
        }
        boolean mandated = actor.has(Role.ADVISER) && mandates.active(UUID.fromString(actor.userId()), citizen, now);
        if (!mandated) {
            // Without a mandate the adviser acts as themselves, which gives access to no citizen's data.
            events.publishEvent(new AccessDenied(actor, "mandate", citizen.toString(), now));
            return actor;
        }
        return new Actor(
                actor.userId(), actor.roles(), actor.person(), citizen, actor.organisation(), actor.assurance());
    }

    private static @Nullable HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    /** Implemented by the principals of authenticated users. */
    public interface ActorPrincipal {
        Actor actor();
    }
}
