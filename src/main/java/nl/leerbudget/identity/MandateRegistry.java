package nl.leerbudget.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.identity.domain.Mandate;
import nl.leerbudget.identity.domain.Mandates;
import nl.leerbudget.identity.domain.People;
import nl.leerbudget.identity.domain.User;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens grant and revoke mandates; advisers act for a citizen only while one is active, and confirm bookings for
 * them only while that mandate allows booking.
 */
@Service
public class MandateRegistry {

    /** The most advisers a citizen is offered to choose from. */
    static final int ADVISERS_LISTED = 500;

    private final Mandates mandates;
    private final Users users;
    private final People people;
    private final Actors actors;
    private final Clock clock;

    MandateRegistry(Mandates mandates, Users users, People people, Actors actors, Clock clock) {
        this.mandates = mandates;
        this.users = users;
        this.people = people;
        this.actors = actors;
        this.clock = clock;
    }

    /** The current citizen lets an adviser act for them for the given time (at most a year), without booking. */
    public MandateView grant(UUID adviser, Duration duration) {
        return grant(adviser, duration, false);
    }

    /**
     * The current citizen lets an adviser act for them for the given time (at most a year): to see and prepare, and
     * with {@code allowsBooking} also to confirm bookings. A mandate the citizen gave the same adviser before that is
     * still active ends now, replaced by this one, so that one mandate counts between a citizen and an adviser.
     */
    @Transactional
    public MandateView grant(UUID adviser, Duration duration, boolean allowsBooking) {
        Actor actor = actors.current();
        PersonId citizen = actor.person();
        if (!actor.has(Role.CITIZEN) || citizen == null || actor.actingFor() != null) {
            throw new NotPermitted("only citizens grant mandates, for themselves");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Mandate.LONGEST) > 0) {
            throw new IllegalArgumentException("a mandate lasts from one day to a year");
        }
        User adviserUser = users.find(adviser)
                .filter(u -> u.roles().contains(Role.ADVISER))
                .orElseThrow(() -> new IllegalArgumentException("no adviser with this id"));
        Instant now = clock.instant();
        mandates.between(adviserUser.id(), citizen).stream()
                .filter(m -> m.activeAt(now))
                .forEach(m -> mandates.revoke(m.id(), now));
        Mandate mandate = new Mandate(
                UUID.randomUUID(), citizen, adviserUser.id(), now, now.plus(duration), allowsBooking, null, now);
        mandates.insert(mandate);
        return view(mandate);
    }

    /** Revokes one of the current citizen's mandates; false (and a recorded refusal) for anyone else's. */
    public boolean revoke(UUID mandateId) {
        Actor actor = actors.current();
        var mandate =
                mandates.find(mandateId).filter(m -> m.citizen().equals(actor.person()) && actor.actingFor() == null);
        if (mandate.isEmpty()) {
            actors.refuse("mandate", mandateId.toString());
            return false;
        }
        mandates.revoke(mandateId, clock.instant());
        return true;
    }

    /** Mandates the current citizen granted, or the current adviser received. */
    public List<MandateView> mine() {
        Actor actor = actors.current();
        if (actor.has(Role.CITIZEN) && actor.person() != null && actor.actingFor() == null) {
            return mandates.ofCitizen(actor.person()).stream().map(this::view).toList();
        }
        if (actor.has(Role.ADVISER)) {
            return mandates.ofAdviser(UUID.fromString(actor.userId())).stream()
                    .map(this::view)
                    .toList();
        }
        throw new NotPermitted("mandates are between citizens and advisers");
    }

    /** The advisers a citizen acting for themselves may grant a mandate, by name. */
    public List<AdviserView> advisers() {
        Actor actor = actors.current();
        if (!actor.has(Role.CITIZEN) || actor.actingFor() != null) {
            throw new NotPermitted("only citizens choose an adviser to grant a mandate");
        }
        return users.withRole(Role.ADVISER, ADVISERS_LISTED).stream()
                .map(u -> new AdviserView(u.id(), u.displayName()))
                .toList();
    }

    /**
     * Whether the actor may confirm a booking for the citizen they act for: true only for an adviser acting for a
     * citizen ({@link Actor#actingFor()}) who holds a mandate of that citizen that is active now and allows booking.
     * It reads the stored mandates at every call rather than trusting the actor, so a mandate revoked or expired
     * since the actor was resolved answers false; so do a citizen, the system and anyone acting for no one.
     */
    public boolean allowsBooking(Actor actor) {
        PersonId citizen = actor.actingFor();
        UUID adviser = adviserId(actor);
        if (citizen == null || adviser == null) {
            return false;
        }
        Instant now = clock.instant();
        return mandates.between(adviser, citizen).stream().anyMatch(m -> m.allowsBookingAt(now));
    }

    private static @Nullable UUID adviserId(Actor actor) {
        if (!actor.has(Role.ADVISER)) {
            return null;
        }
        try {
            return UUID.fromString(actor.userId());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private MandateView view(Mandate m) {
        Instant now = clock.instant();
        String adviserName = users.find(m.adviser()).map(User::displayName).orElse("?");
        String citizenName =
                people.find(m.citizen()).map(People.Person::displayName).orElse("?");
        return new MandateView(
                m.id(),
                m.citizen(),
                citizenName,
                m.adviser(),
                adviserName,
                m.validFrom(),
                m.validUntil(),
                m.allowsBooking(),
                m.revokedAt(),
                m.activeAt(now));
    }
}
