package nl.leerbudget.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.identity.domain.Mandate;
import nl.leerbudget.identity.domain.Mandates;
import nl.leerbudget.identity.domain.User;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.shared.PersonId;
import org.springframework.stereotype.Service;

/** Citizens grant and revoke mandates; advisers act for a citizen only while one is active. */
@Service
public class MandateRegistry {

    private final Mandates mandates;
    private final Users users;
    private final Actors actors;
    private final Clock clock;

    MandateRegistry(Mandates mandates, Users users, Actors actors, Clock clock) {
        this.mandates = mandates;
        this.users = users;
        this.actors = actors;
        this.clock = clock;
    }

    /** The current citizen lets an adviser act for them for the given time (at most a year). */
    public MandateView grant(UUID adviser, Duration duration) {
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
        Mandate mandate = new Mandate(UUID.randomUUID(), citizen, adviserUser.id(), now, now.plus(duration), null, now);
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

    /** TEMPORARY until mandates carry a booking scope: no mandate allows booking yet. */
    public boolean allowsBooking(Actor actor) {
        return false;
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

    private MandateView view(Mandate m) {
        String name = users.find(m.adviser()).map(User::displayName).orElse("?");
        return new MandateView(
                m.id(),
                m.citizen(),
                m.adviser(),
                name,
                m.validFrom(),
                m.validUntil(),
                m.revokedAt(),
                m.activeAt(clock.instant()));
    }
}
