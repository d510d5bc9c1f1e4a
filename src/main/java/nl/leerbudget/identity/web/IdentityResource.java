package nl.leerbudget.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.MandateRegistry;
import nl.leerbudget.identity.MandateView;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.PersonView;
import nl.leerbudget.identity.Role;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The caller, the person registry and mandates over REST. A BSN goes in (to register); it never comes out. */
@RestController
class IdentityResource {

    private final Actors actors;
    private final PersonRegistry people;
    private final MandateRegistry mandates;

    IdentityResource(Actors actors, PersonRegistry people, MandateRegistry mandates) {
        this.actors = actors;
        this.people = people;
        this.mandates = mandates;
    }

    record Me(
            String userId,
            List<Role> roles,
            @Nullable UUID personId,
            @Nullable UUID actingFor,
            @Nullable UUID organisationId) {}

    @GetMapping("/api/v1/me")
    Me me() {
        Actor actor = actors.current();
        return new Me(
                actor.userId(),
                actor.roles().stream().sorted().toList(),
                actor.person() == null ? null : actor.person().value(),
                actor.actingFor() == null ? null : actor.actingFor().value(),
                actor.organisation());
    }

    record Person(UUID id, String displayName, Instant registeredAt) {
        static Person of(PersonView view) {
            return new Person(view.id().value(), view.displayName(), view.registeredAt());
        }
    }

    /** Registers a person by BSN (in the body, never in a URL), or finds the one registered with it. */
    @PostMapping("/api/v1/people")
    ResponseEntity<Person> register(@RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        String bsn = fields.text("bsn", 9);
        String name = fields.text("displayName", 200);
        if (fields.isValid() && !nl.leerbudget.identity.domain.Bsn.isValid(bsn)) {
            fields.violate("bsn", "format", "must be nine digits that pass the eleven-test");
        }
        fields.validate();
        return ResponseEntity.status(HttpStatus.CREATED).body(Person.of(people.register(bsn, name)));
    }

    @GetMapping("/api/v1/people/{personId}")
    Person person(@PathVariable UUID personId) {
        return people.find(new PersonId(personId))
                .map(Person::of)
                .orElseThrow(() -> ApiProblem.notFound("No person with id " + personId));
    }

    record Mandate(
            UUID id,
            UUID citizenPersonId,
            String citizenName,
            UUID adviserUserId,
            String adviserName,
            Instant validFrom,
            Instant validUntil,
            boolean allowsBooking,
            @Nullable Instant revokedAt,
            boolean active) {
        static Mandate of(MandateView m) {
            return new Mandate(
                    m.id(),
                    m.citizen().value(),
                    m.citizenName(),
                    m.adviser(),
                    m.adviserName(),
                    m.validFrom(),
                    m.validUntil(),
                    m.allowsBooking(),
                    m.revokedAt(),
                    m.active());
        }
    }

    @GetMapping("/api/v1/mandates")
    Map<String, List<Mandate>> mandates() {
        return Map.of("items", mandates.mine().stream().map(Mandate::of).toList());
    }

    /**
     * The citizen lets an adviser act for them, for {@code days} days (1 to 366), and with {@code allowsBooking} also
     * confirm bookings for them.
     */
    @PostMapping("/api/v1/mandates")
    ResponseEntity<Mandate> grant(@RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID adviser = fields.uuid("adviserUserId");
        Long days = fields.optionalInteger("days", 1, 366);
        boolean allowsBooking = fields.bool("allowsBooking", false);
        fields.validate();
        try {
            MandateView granted = mandates.grant(adviser, Duration.ofDays(days == null ? 90 : days), allowsBooking);
            return ResponseEntity.status(HttpStatus.CREATED).body(Mandate.of(granted));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(List.of(new FieldViolation("adviserUserId", "unknown", "is not an adviser")));
        }
    }

    @DeleteMapping("/api/v1/mandates/{mandateId}")
    ResponseEntity<Void> revoke(@PathVariable UUID mandateId) {
        if (!mandates.revoke(mandateId)) {
            throw ApiProblem.notFound("No mandate of yours with id " + mandateId);
        }
        return ResponseEntity.noContent().build();
    }
}
