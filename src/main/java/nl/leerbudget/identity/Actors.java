package nl.leerbudget.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import nl.leerbudget.identity.domain.Mandates;
import nl.leerbudget.identity.domain.People;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells who makes the current request, and lets batch work run as the system. An adviser acts for a citizen in one of
 * two ways: an API client names the citizen's person id in the {@value #ACTING_FOR} header with each request; in the
 * browser the adviser picks the citizen once on a page ({@link #actFor}), and the choice is kept in the server-side
 * session. Either way the mandate is checked again at every request: only while one is active does the actor carry
 * the citizen, and every refusal is published as {@link AccessDenied}. A session's choice whose mandate has been
 * revoked or has expired ends there and then.
 */
@Component
public class Actors {

    /** Request header in which an adviser names the citizen they act for. */
    public static final String ACTING_FOR = "X-Acting-For";

    /** The request attribute holding the actor once resolved, for filters that run around the security chain. */
    public static final String REQUEST_ATTRIBUTE = Actors.class.getName() + ".actor";

    /** The session attribute holding the citizen an adviser chose to work for. */
    static final String CHOICE = Actors.class.getName() + ".actingFor";

    /** The session attribute holding the name of a citizen whose mandate ended while the adviser worked for them. */
    static final String ENDED = Actors.class.getName() + ".ended";

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    /** An adviser's choice, kept in the session: whose it is, so that it never serves another login. */
    private record Choice(String userId, UUID citizen) implements Serializable {}

    private final Mandates mandates;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Actors(Mandates mandates, People people, ApplicationEventPublisher events, Clock clock) {
        this.mandates = mandates;
        this.people = people;
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

    /**
     * The current adviser starts working for the citizen in this browser session, from this request on. Only under a
     * mandate of that citizen that is active now; otherwise nothing changes, the refusal is recorded, and the answer
     * is false.
     */
    public boolean actFor(PersonId citizen) {
        Objects.requireNonNull(citizen, "citizen");
        HttpServletRequest request = request();
        Actor actor = current();
        Instant now = clock.instant();
        if (request == null || !mandated(actor, citizen, now)) {
            events.publishEvent(new AccessDenied(actor, "mandate", citizen.toString(), now));
            return false;
        }
        HttpSession session = request.getSession();
        session.setAttribute(CHOICE, new Choice(actor.userId(), citizen.value()));
        session.removeAttribute(ENDED);
        // Acting for someone else is a new privilege: a new session id, so that an id seen before is worth nothing.
        request.changeSessionId();
        request.setAttribute(REQUEST_ATTRIBUTE, actingFor(actor, citizen));
        return true;
    }

    /**
     * The current adviser stops working for the citizen chosen in this browser session. The rest of this request
     * still counts as done for that citizen, so that the audit trail says for whom they stopped; the next does not.
     */
    public void stopActing() {
        HttpServletRequest request = request();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            session.removeAttribute(CHOICE);
        }
    }

    /**
     * Once: the name of the citizen whose mandate ended (revoked or expired) while the adviser was working for them in
     * this session, so that the next page can say why it no longer is; null otherwise.
     */
    public @Nullable String takeEndedActingFor() {
        HttpServletRequest request = request();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session == null || !(session.getAttribute(ENDED) instanceof String name)) {
            return null;
        }
        session.removeAttribute(ENDED);
        return name;
    }

    private Actor withMandate(Actor actor, HttpServletRequest request) {
        String named = request.getHeader(ACTING_FOR);
        if (named != null && !named.isBlank()) {
            return fromHeader(actor, named);
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CHOICE) instanceof Choice choice)) {
            return actor;
        }
        if (!choice.userId().equals(actor.userId())) {
            session.removeAttribute(CHOICE);
            return actor;
        }
        PersonId citizen = new PersonId(choice.citizen());
        Instant now = clock.instant();
        if (mandated(actor, citizen, now)) {
            return actingFor(actor, citizen);
        }
        // Revoked or expired since the adviser chose: the choice ends now, and this request is the adviser's own.
        session.removeAttribute(CHOICE);
        session.setAttribute(
                ENDED, people.find(citizen).map(People.Person::displayName).orElse("deze persoon"));
        events.publishEvent(new AccessDenied(actor, "mandate", citizen.toString(), now));
        return actor;
    }

    private Actor fromHeader(Actor actor, String named) {
        Instant now = clock.instant();
        PersonId citizen;
        try {
            citizen = PersonId.of(named.strip());
        } catch (IllegalArgumentException e) {
            events.publishEvent(new AccessDenied(actor, "mandate", "not a person id", now));
            return actor;
        }
        if (!mandated(actor, citizen, now)) {
            // Without a mandate the adviser acts as themselves, which gives access to no citizen's data.
            events.publishEvent(new AccessDenied(actor, "mandate", citizen.toString(), now));
            return actor;
        }
        return actingFor(actor, citizen);
    }

    private boolean mandated(Actor actor, PersonId citizen, Instant now) {
        if (!actor.has(Role.ADVISER)) {
            return false;
        }
        UUID adviser;
        try {
            adviser = UUID.fromString(actor.userId());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return mandates.active(adviser, citizen, now);
    }

    private static Actor actingFor(Actor actor, PersonId citizen) {
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
