package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.register.Register;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import nl.leerbudget.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assisted channel in the browser's own terms (a logged-in session, forms with their CSRF token, no header): the
 * demo adviser Ahmed picks a citizen who mandated him on the page "Voor wie werkt u?", and the pages then show that
 * citizen's data under a banner saying for whom he works; a revoked mandate ends it at the next request; he cannot
 * pick someone who gave him no mandate; and what he does for someone is recorded as him acting for that person.
 *
 * <p>Each test has a citizen of its own, registered here, so that nothing depends on other tests or on the order.
 */
@IntegrationTest
class AssistedChannelIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    Register register;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    Tokens tokens;
    TestPeople.Login citizen;
    Api citizenApi;
    Api agency;
    String ahmedId;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(encoder, properties);
        String name = "Roos Testburger " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        citizen = actors.asSystem(() -> TestPeople.citizen(registry, users, properties, name));
        citizenApi = new Api(port).as(tokens.of(citizen.username()));
        agency = new Api(port).as(tokens.of("els"));
        ahmedId = DemoIdentities.login("ahmed").userId().toString();
    }

    @Test
    void anAdviserWithAMandatePicksTheCitizenOnThePageAndThePagesThenShowThatCitizenUnderABanner() {
        grantAhmed();
        Budget budget = budgetOfTheCitizen();
        WebSession ahmed = logInAhmed();
        String plan = "/opleidingen/" + budget.training().offeringId() + "/wat-kost-dit-mij?start=2027-09-01";

        WebSession.Page before = ahmed.get(plan);
        assertThat(before.text())
                .contains("U kunt dit alleen uitrekenen voor uzelf")
                .doesNotContain(budget.label());

        WebSession.Page list = ahmed.get("/adviseur");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text())
                .contains("Voor wie werkt u?", citizen.name(), "Werken voor " + citizen.name())
                .doesNotContain("U werkt nu voor");

        WebSession.Page picked = ahmed.post("/adviseur/werken-voor/" + citizen.person());
        assertThat(picked.status()).as(picked.toString()).isEqualTo(200);
        assertThat(picked.path()).isEqualTo("/adviseur");
        assertThat(picked.text())
                .contains("U werkt nu voor " + citizen.name() + ".", "Stoppen met werken voor " + citizen.name())
                .contains("U werkt nu voor deze persoon");
        assertThat(picked.html()).contains("action=\"/adviseur/stoppen\"");

        WebSession.Page forTheCitizen = ahmed.get(plan);
        assertThat(forTheCitizen.status()).isEqualTo(200);
        assertThat(forTheCitizen.text())
                .contains("U werkt nu voor " + citizen.name() + ".")
                .contains("Zo wordt de opleiding betaald", budget.label())
                .doesNotContain("U kunt dit alleen uitrekenen voor uzelf");
        WebSession.Page right = ahmed.get("/mijn-leerrecht");
        assertThat(right.text())
                .contains("U werkt nu voor " + citizen.name() + ".")
                .contains("U bekijkt het leerrecht van iemand die u machtiging heeft gegeven");
        assertThat(actingFor(ahmed)).isEqualTo(citizen.person().toString());

        WebSession.Page stopped = ahmed.post("/adviseur/stoppen");
        assertThat(stopped.path()).isEqualTo("/adviseur");
        assertThat(stopped.text())
                .contains("U werkt niet meer voor " + citizen.name() + ".")
                .doesNotContain("U werkt nu voor");
        assertThat(ahmed.get(plan).text()).contains("U kunt dit alleen uitrekenen voor uzelf");
        assertThat(actingFor(ahmed)).isNull();
    }

    @Test
    void afterTheCitizenRevokesTheMandateTheAdvisersNextRequestNoLongerActsForThem() {
        UUID mandate = grantAhmed();
        WebSession ahmed = logInAhmed();
        ahmed.get("/adviseur");
        ahmed.post("/adviseur/werken-voor/" + citizen.person());
        assertThat(ahmed.get("/mijn-leerrecht").text()).contains("U werkt nu voor " + citizen.name() + ".");

        assertThat(citizenApi.delete("/api/v1/mandates/" + mandate).status()).isEqualTo(204);

        WebSession.Page next = ahmed.get("/mijn-leerrecht");
        assertThat(next.text())
                .doesNotContain("U werkt nu voor")
                .doesNotContain("U bekijkt het leerrecht van iemand die u machtiging heeft gegeven")
                .contains("U werkt niet meer voor " + citizen.name() + ". De machtiging is ingetrokken of afgelopen.");
        assertThat(actingFor(ahmed)).isNull();
        assertThat(ahmed.get("/adviseur").text()).doesNotContain(citizen.name());
        // Ended as the header's refusal is: recorded once, as Ahmed, for no one.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(records("outcome = 'DENIED mandate' and subject = :subject"))
                        .singleElement()
                        .satisfies(r -> assertThat(r.get("on_behalf_of")).isNull()));
    }

    @Test
    void anAdviserWithoutAMandateCannotPickThePersonAndTheAttemptIsRecorded() {
        WebSession ahmed = logInAhmed();
        ahmed.get("/adviseur");

        WebSession.Page refused = ahmed.post("/adviseur/werken-voor/" + citizen.person());

        // As a refusal of someone else's data: the answer does not say whether the person exists.
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text())
                .contains("U kunt niet voor deze persoon werken. Dat kan alleen voor iemand die u een machtiging heeft"
                        + " gegeven die nu geldt.")
                .doesNotContain("U werkt nu voor")
                .doesNotContain(citizen.name());
        assertThat(actingFor(ahmed)).isNull();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(records("outcome = 'DENIED mandate' and subject = :subject"))
                    .hasSize(1);
            assertThat(records("action = 'POST /adviseur/werken-voor/{personId}' and subject = :pathSubject"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get("outcome")).isEqualTo("404"));
        });
    }

    @Test
    void whatTheAdviserDoesWhileWorkingForSomeoneIsRecordedAsTheAdviserForThatPerson() {
        grantAhmed();
        Budget budget = budgetOfTheCitizen();
        WebSession ahmed = logInAhmed();
        ahmed.get("/adviseur");
        ahmed.post("/adviseur/werken-voor/" + citizen.person());

        // A hold on the citizen's money, from the browser session: no header names the citizen.
        String hold = UUID.randomUUID().toString();
        WebSession.Page placed = ahmed.api(
                "POST",
                "/api/v1/holds",
                JSON.writeValueAsString(Map.of(
                        "id",
                        hold,
                        "debitAccountId",
                        budget.compartment(),
                        "creditAccountId",
                        budget.training().payable().value().toString(),
                        "amount",
                        "400.00",
                        "offeringId",
                        budget.training().offeringId())));
        assertThat(placed.status()).as(placed.html()).isEqualTo(201);
        ahmed.get("/adviseur");
        ahmed.post("/adviseur/stoppen");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            List<Map<String, Object>> forTheCitizen = records("on_behalf_of = :person");
            assertThat(forTheCitizen)
                    .as("what Ahmed did for the citizen")
                    .allSatisfy(r -> assertThat(r.get("actor")).isEqualTo(ahmedId))
                    .extracting(r -> r.get("action") + " " + r.get("outcome"))
                    .containsExactly(
                            "POST /adviseur/werken-voor/{personId} 302",
                            "POST /api/v1/holds 201",
                            "POST /adviseur/stoppen 302");
            assertThat(forTheCitizen.getFirst().get("subject")).isEqualTo("personId=" + citizen.person());
        });
    }

    /** The citizen lets Ahmed work for them, through the API, for 30 days; the mandate's id. */
    private UUID grantAhmed() {
        Api.Response granted = citizenApi.post("/api/v1/mandates", Map.of("adviserUserId", ahmedId, "days", 30));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return UUID.fromString(granted.body().get("id").asString());
    }

    private WebSession logInAhmed() {
        return WebSession.logIn(port, "ahmed", DemoIdentities.PASSWORD);
    }

    /** A compartment of the citizen's own with EUR 1,000 for short courses, and a short course it pays for. */
    record Budget(String label, String compartment, Trainings.Training training) {}

    private Budget budgetOfTheCitizen() {
        String funder = UUID.randomUUID().toString();
        assertThat(agency.post(
                                "/api/v1/accounts",
                                Map.of(
                                        "id",
                                        funder,
                                        "kind",
                                        "FUNDER",
                                        "name",
                                        "Werkgever " + funder,
                                        "funderType",
                                        "EMPLOYER"))
                        .status())
                .isEqualTo(201);
        assertThat(agency.post(
                                "/api/v1/accounts/" + funder + "/top-ups",
                                Map.of("id", UUID.randomUUID().toString(), "amount", "1000.00"))
                        .status())
                .isEqualTo(201);
        Api.Response account = agency.post(
                "/api/v1/learning-accounts", Map.of("personId", citizen.person().toString()));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        String label = "Proefbudget " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Api.Response deposited = agency.post(
                "/api/v1/learning-accounts/" + account.body().get("id").asString() + "/deposits",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "funderAccountId",
                        funder,
                        "amount",
                        "1000.00",
                        "compartment",
                        Map.of(
                                "label",
                                label,
                                "validUntil",
                                "2030-12-31",
                                "conditions",
                                Map.of("offeringTypes", List.of("SHORT_COURSE"), "recognisedOnly", false))));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
        String compartment = deposited.body().get("accounts").get(0).get("id").asString();
        Trainings.Training training = actors.asSystem(() -> new Trainings(register, ledger).shortCourse());
        return new Budget(label, compartment, training);
    }

    /** The person id the API says the session acts for, or null. */
    private static String actingFor(WebSession session) {
        WebSession.Page me = session.api("GET", "/api/v1/me", null);
        assertThat(me.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(me.html());
        return body.has("actingFor") ? body.get("actingFor").asString() : null;
    }

    /** Ahmed's audit records that match the condition, in the order of the trail. */
    private List<Map<String, Object>> records(String condition) {
        return jdbc.sql("select actor, on_behalf_of, action, subject, outcome from audit_record where actor = :actor"
                        + " and (" + condition + ") order by seq")
                .param("actor", ahmedId)
                .param("person", citizen.person().toString())
                .param("subject", "mandate=" + citizen.person())
                .param("pathSubject", "personId=" + citizen.person())
                .query()
                .listOfRows();
    }
}
