package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.TestClock;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A mandate's scope: whether the adviser may also confirm bookings for the citizen. The citizen says so when granting
 * it (through the API, or the checkbox of the page "Machtigingen"); other modules ask {@link
 * MandateRegistry#allowsBooking}, which is true only for an adviser acting for a citizen under a mandate that is
 * active now and allows booking.
 *
 * <p>The advisers and citizens of the API tests are this class's own; the page test is the demo citizen Kees's, who
 * revokes what he granted before it ends.
 */
@IntegrationTest
class MandateScopeIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    PersonRegistry registry;

    @Autowired
    Users users;

    @Autowired
    Actors actors;

    @Autowired
    MandateRegistry mandates;

    @Autowired
    TestClock clock;

    Tokens tokens;
    TestPeople.Login adviser;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(encoder, properties);
        adviser = actors.asSystem(() -> TestPeople.adviser(users, properties, "Adviseur " + number()));
    }

    @Test
    void allowsBookingIsTrueOnlyForAnAdviserActingForACitizenWhoseActiveMandateAllowsIt() {
        TestPeople.Login books = citizen();
        TestPeople.Login prepares = citizen();
        TestPeople.Login nobody = citizen();

        JsonNode withBooking = grant(books, true);
        JsonNode withoutBooking = grant(prepares, null);

        assertThat(withBooking.get("allowsBooking").booleanValue()).isTrue();
        assertThat(withBooking.get("citizenName").asString()).isEqualTo(books.name());
        assertThat(withoutBooking.get("allowsBooking").booleanValue())
                .as("left out: no")
                .isFalse();
        assertThat(mandates.allowsBooking(actingFor(books))).isTrue();
        assertThat(mandates.allowsBooking(actingFor(prepares))).isFalse();
        assertThat(mandates.allowsBooking(actingFor(nobody)))
                .as("no mandate at all")
                .isFalse();
        assertThat(mandates.allowsBooking(adviserActor(null)))
                .as("acting for no one")
                .isFalse();
        assertThat(mandates.allowsBooking(
                        new Actor(books.userId().toString(), Set.of(Role.CITIZEN), books.person(), null, null)))
                .as("the citizen themselves")
                .isFalse();
        assertThat(mandates.allowsBooking(
                        new Actor(adviser.userId().toString(), Set.of(Role.CITIZEN), null, books.person(), null)))
                .as("acting for someone without the adviser role")
                .isFalse();
        assertThat(mandates.allowsBooking(Actor.SYSTEM)).isFalse();
        assertThat(mandates.allowsBooking(Actor.ANONYMOUS)).isFalse();

        // The adviser sees by name who gave them which mandate.
        Api.Response theirs = new Api(port).as(tokens.of(adviser.username())).get("/api/v1/mandates");
        assertThat(theirs.body().get("items").findValuesAsString("citizenName"))
                .containsExactlyInAnyOrder(books.name(), prepares.name());

        Api.Response revoked =
                api(books).delete("/api/v1/mandates/" + withBooking.get("id").asString());
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(mandates.allowsBooking(actingFor(books)))
                .as("revoked, though the actor still carries the citizen")
                .isFalse();
    }

    @Test
    void aNewMandateForTheSameAdviserReplacesTheActiveOneAndItsScope() {
        TestPeople.Login citizen = citizen();
        JsonNode first = grant(citizen, true);

        JsonNode second = grant(citizen, false);

        assertThat(mandates.allowsBooking(actingFor(citizen))).isFalse();
        JsonNode items = api(citizen).get("/api/v1/mandates").body().get("items");
        assertThat(items).hasSize(2);
        for (JsonNode item : items) {
            boolean isFirst = item.get("id").asString().equals(first.get("id").asString());
            assertThat(item.get("active").booleanValue()).isEqualTo(!isFirst);
            assertThat(item.has("revokedAt")).isEqualTo(isFirst);
        }
        assertThat(second.get("active").booleanValue()).isTrue();
    }

    @Test
    void anExpiredMandateAllowsNoBooking() {
        TestPeople.Login citizen = citizen();
        Api.Response granted = api(citizen)
                .post("/api/v1/mandates", Map.of("adviserUserId", adviser.userId(), "days", 1, "allowsBooking", true));
        assertThat(granted.status()).isEqualTo(201);
        assertThat(mandates.allowsBooking(actingFor(citizen))).isTrue();

        clock.set(Instant.now().plus(Duration.ofDays(2)));
        try {
            assertThat(mandates.allowsBooking(actingFor(citizen))).isFalse();
        } finally {
            clock.reset();
        }
    }

    @Test
    void allowsBookingMustBeTrueOrFalse() {
        Api.Response wrong = api(citizen())
                .post("/api/v1/mandates", Map.of("adviserUserId", adviser.userId(), "allowsBooking", "ja"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("invalidParams").findValuesAsString("name")).containsExactly("allowsBooking");
    }

    @Test
    void aCitizenGrantsAMandateWithBookingOnThePageSeesItAndRevokesIt() {
        UUID ahmed = DemoIdentities.login("ahmed").userId();
        Api kees = new Api(port).as(tokens.of("kees"));
        WebSession page = WebSession.logIn(port, "kees", DemoIdentities.PASSWORD);
        try {
            WebSession.Page form = page.get("/machtigingen");
            assertThat(form.status()).isEqualTo(200);
            assertThat(form.text())
                    .contains("Een adviseur machtigen", "Ahmed Yilmaz (Leerwerkloket)")
                    .contains("De adviseur mag ook boekingen voor mij bevestigen");
            assertThat(form.html()).doesNotContain("name=\"boeken\" value=\"ja\" checked");

            WebSession.Page incomplete = page.post("/machtigingen", Map.of("duur", "90"));
            assertThat(incomplete.status()).isEqualTo(400);
            assertThat(incomplete.text()).contains("Er ging iets mis", "Kies een adviseur.");

            WebSession.Page granted =
                    page.post("/machtigingen", Map.of("adviseur", ahmed.toString(), "duur", "30", "boeken", "ja"));
            assertThat(granted.status()).isEqualTo(200);
            assertThat(granted.path()).isEqualTo("/machtigingen");
            assertThat(granted.text())
                    .contains("Ahmed Yilmaz (Leerwerkloket) mag nu voor u werken, tot ")
                    .contains("Deze adviseur mag ook boekingen voor u bevestigen.")
                    .contains("Wie mag nu voor u werken?");
            JsonNode mandate = activeMandateOfAhmed(kees);
            assertThat(mandate.get("allowsBooking").booleanValue()).isTrue();
            Instant until = Instant.parse(mandate.get("validUntil").asString());
            assertThat(until)
                    .isBetween(
                            Instant.now().plus(Duration.ofDays(29)),
                            Instant.now().plus(Duration.ofDays(31)));
            assertThat(mandates.allowsBooking(new Actor(ahmed.toString(), Set.of(Role.ADVISER), null, Demo.KEES, null)))
                    .isTrue();

            WebSession.Page revoked =
                    page.post("/machtigingen/" + mandate.get("id").asString() + "/intrekking");
            assertThat(revoked.text())
                    .contains("U hebt de machtiging van Ahmed Yilmaz (Leerwerkloket) ingetrokken.")
                    .contains("Eerdere machtigingen");
            assertThat(activeMandatesOfAhmed(kees)).isZero();
        } finally {
            // Whatever happened above, Kees leaves Ahmed no mandate behind.
            for (JsonNode m : kees.get("/api/v1/mandates").body().get("items")) {
                if (m.get("active").booleanValue()
                        && m.get("adviserUserId").asString().equals(ahmed.toString())) {
                    kees.delete("/api/v1/mandates/" + m.get("id").asString());
                }
            }
        }
    }

    private JsonNode activeMandateOfAhmed(Api citizen) {
        String ahmed = DemoIdentities.login("ahmed").userId().toString();
        JsonNode found = null;
        for (JsonNode m : citizen.get("/api/v1/mandates").body().get("items")) {
            if (m.get("active").booleanValue()
                    && m.get("adviserUserId").asString().equals(ahmed)) {
                assertThat(found).as("one active mandate for Ahmed").isNull();
                found = m;
            }
        }
        assertThat(found).as("an active mandate for Ahmed").isNotNull();
        return found;
    }

    private long activeMandatesOfAhmed(Api citizen) {
        String ahmed = DemoIdentities.login("ahmed").userId().toString();
        long count = 0;
        for (JsonNode m : citizen.get("/api/v1/mandates").body().get("items")) {
            if (m.get("active").booleanValue()
                    && m.get("adviserUserId").asString().equals(ahmed)) {
                count++;
            }
        }
        return count;
    }

    /** The citizen grants this class's adviser a mandate for 30 days; allowsBooking left out when null. */
    private JsonNode grant(TestPeople.Login citizen, Boolean allowsBooking) {
        Map<String, Object> body = allowsBooking == null
                ? Map.of("adviserUserId", adviser.userId(), "days", 30)
                : Map.of("adviserUserId", adviser.userId(), "days", 30, "allowsBooking", allowsBooking);
        Api.Response granted = api(citizen).post("/api/v1/mandates", body);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.body();
    }

    private Actor actingFor(TestPeople.Login citizen) {
        return adviserActor(citizen.person());
    }

    private Actor adviserActor(PersonId citizen) {
        return new Actor(adviser.userId().toString(), Set.of(Role.ADVISER), null, citizen, null);
    }

    private TestPeople.Login citizen() {
        String name = "Burger " + number();
        return actors.asSystem(() -> TestPeople.citizen(registry, users, properties, name));
    }

    private Api api(TestPeople.Login login) {
        return new Api(port).as(tokens.of(login.username()));
    }

    private static int number() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
