package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Citizen A asking for citizen B's data by id, and others who may not: every such probe is refused (404, so that
 * the answer does not even confirm the id exists, or 403) and recorded in the audit trail.
 */
@IntegrationTest
class ProbesIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Register register;

    Tokens tokens;
    Api fatima;
    String jansLearningAccount;
    String jansCompartment;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(encoder, properties);
        fatima = as("fatima");
        jansLearningAccount = LearningAccountId.of(Demo.JAN).toString();
        jansCompartment = as("els")
                .get("/api/v1/learning-accounts/" + jansLearningAccount)
                .body()
                .get("compartments")
                .get(0)
                .get("id")
                .stringValue();
    }

    @Test
    void aCitizenSeesTheirOwnLearningAccount() {
        Api.Response own = fatima.get("/api/v1/learning-accounts/" + LearningAccountId.of(Demo.FATIMA));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("personId").stringValue()).isEqualTo(Demo.FATIMA.toString());
    }

    @Test
    void aCitizenAskingForAnotherCitizensDataIsRefusedAndTheProbeIsAudited() {
        for (String path : List.of(
                "/api/v1/learning-accounts/" + jansLearningAccount,
                "/api/v1/accounts/" + jansCompartment,
                "/api/v1/accounts/" + jansCompartment + "/statement",
                "/api/v1/people/" + Demo.JAN)) {
            Api.Response probe = fatima.get(path);

            assertThat(probe.status()).as(path).isIn(403, 404);
            assertThat(probe.body().toString()).as(path).doesNotContain("Jan", "12800");
        }

        assertThat(denialsOf("fatima"))
                .contains(
                        "learning-account=" + jansLearningAccount, "account=" + jansCompartment, "person=" + Demo.JAN);
    }

    @Test
    void aCitizenCannotSpendFromAnotherCitizensCompartment() {
        Api.Response hold = fatima.post(
                "/api/v1/holds",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "debitAccountId",
                        jansCompartment,
                        "creditAccountId",
                        Demo.ROC.toString(),
                        "amount",
                        "10.00"));

        assertThat(hold.status()).isEqualTo(403);
        assertThat(denialsOf("fatima")).anyMatch(subject -> subject.startsWith("ledger-command="));
    }

    @Test
    void spendingNeedsALoginOfSubstantialAssurance() {
        // Fatima's employer budget: spendable today (her learning right starts with the policy, in 2027).
        String ownCompartment = null;
        for (var compartment : as("els")
                .get("/api/v1/learning-accounts/" + LearningAccountId.of(Demo.FATIMA))
                .body()
                .get("compartments")) {
            if (compartment.get("name").stringValue().equals("Opleidingsbudget werkgever")) {
                ownCompartment = compartment.get("id").stringValue();
            }
        }
        assertThat(ownCompartment).isNotNull();
        Map<String, String> hold = Map.of(
                "id",
                UUID.randomUUID().toString(),
                "debitAccountId",
                ownCompartment,
                "creditAccountId",
                Demo.ROC.toString(),
                "amount",
                "10.00",
                "offeringId",
                offeringOf(Demo.ROC));

        Api.Response weak = new Api(port)
                .as(tokens.of("fatima", "http://eidas.europa.eu/LoA/low"))
                .post("/api/v1/holds", hold);
        Api.Response substantial = as("fatima").post("/api/v1/holds", hold);

        assertThat(weak.status()).isEqualTo(403);
        assertThat(substantial.status()).as(substantial.toString()).isEqualTo(201);
        assertThat(as("fatima")
                        .post(
                                "/api/v1/holds/" + hold.get("id") + "/releases",
                                Map.of("id", UUID.randomUUID().toString()))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aFunderDepositsIntoAPersonsAccountWithoutSeeingIt() {
        Api peter = as("peter");

        Api.Response deposit = peter.post(
                "/api/v1/learning-accounts/" + jansLearningAccount + "/deposits",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "funderAccountId", Demo.EMPLOYER.toString(),
                        "amount", "5.00",
                        "compartment", Map.of("label", "Cursusbudget")));
        Api.Response fromAnotherFunder = peter.post(
                "/api/v1/learning-accounts/" + jansLearningAccount + "/deposits",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "funderAccountId", Demo.MUNICIPALITY.toString(),
                        "amount", "5.00",
                        "compartment", Map.of("label", "Niet van mij")));

        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        assertThat(deposit.body().get("accounts").get(0).get("balance").stringValue())
                .isEqualTo("5.00");
        assertThat(fromAnotherFunder.status()).isIn(403, 422);
        assertThat(peter.get("/api/v1/learning-accounts/" + jansLearningAccount).status())
                .isEqualTo(403);
    }

    @Test
    void aFunderOpeningAPersonsLearningAccountIsRefusedLikeReadingIt() {
        Api peter = as("peter");

        Api.Response read = peter.get("/api/v1/learning-accounts/" + jansLearningAccount);
        Api.Response opened = peter.post("/api/v1/learning-accounts", Map.of("personId", Demo.JAN.toString()));

        assertThat(read.status()).isEqualTo(403);
        assertThat(opened.status()).isEqualTo(read.status());
        assertThat(opened.isProblem()).isTrue();
        assertThat(opened.body().has("compartments")).isFalse();
        assertThat(opened.body().toString()).doesNotContain(jansCompartment);
    }

    @Test
    void anAnalystSeesAggregateUsageOnly() {
        Api noor = as("noor");

        assertThat(noor.get("/api/v1/accounts/" + Demo.EMPLOYER + "/usage").status())
                .isEqualTo(200);
        assertThat(noor.get("/api/v1/accounts/" + Demo.EMPLOYER).status()).isEqualTo(403);
    }

    @Test
    void anAdviserSeesOnlyTheCitizensWhoGaveThemAMandate() {
        Api ahmed = as("ahmed");

        Api.Response mandated = ahmed.get(
                "/api/v1/learning-accounts/" + LearningAccountId.of(Demo.DEMI),
                Actors.ACTING_FOR,
                Demo.DEMI.toString());
        Api.Response notMandated =
                ahmed.get("/api/v1/learning-accounts/" + jansLearningAccount, Actors.ACTING_FOR, Demo.JAN.toString());
        Api.Response withoutNaming = ahmed.get("/api/v1/learning-accounts/" + LearningAccountId.of(Demo.DEMI));

        assertThat(mandated.status()).isEqualTo(200);
        assertThat(notMandated.status()).isEqualTo(404);
        assertThat(withoutNaming.status()).isEqualTo(404);
        assertThat(denialsOf("ahmed")).contains("mandate=" + Demo.JAN, "learning-account=" + jansLearningAccount);
    }

    @Test
    void aFunderSeesItsOwnAccountAndUsageButNoPersonsCompartment() {
        Api peter = as("peter");

        assertThat(peter.get("/api/v1/accounts/" + Demo.EMPLOYER).status()).isEqualTo(200);
        assertThat(peter.get("/api/v1/accounts/" + Demo.EMPLOYER + "/usage").status())
                .isEqualTo(200);
        assertThat(peter.get("/api/v1/accounts/" + Demo.MUNICIPALITY).status()).isEqualTo(404);
        assertThat(peter.get("/api/v1/accounts/" + jansCompartment).status()).isEqualTo(404);
    }

    @Test
    void aProviderCannotSettleAHoldThatPaysAnotherProvider() {
        String demisCompartment = as("els")
                .get("/api/v1/learning-accounts/" + LearningAccountId.of(Demo.DEMI))
                .body()
                .get("compartments")
                .get(0)
                .get("id")
                .stringValue();
        String hold = UUID.randomUUID().toString();
        Api.Response placed = as("ahmed")
                .post(
                        "/api/v1/holds",
                        Map.of(
                                "id",
                                hold,
                                "debitAccountId",
                                demisCompartment,
                                "creditAccountId",
                                Demo.OPEN_UNIVERSITY.toString(),
                                "amount",
                                "25.00",
                                "offeringId",
                                offeringOf(Demo.OPEN_UNIVERSITY)),
                        Actors.ACTING_FOR,
                        Demo.DEMI.toString());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);

        Api.Response settled = as("marieke")
                .post(
                        "/api/v1/holds/" + hold + "/settlements",
                        Map.of("id", UUID.randomUUID().toString()));

        assertThat(settled.status()).isEqualTo(403);
        // Refused before the body is read: nothing about what is wrong with it.
        Api.Response invalid = as("marieke").post("/api/v1/holds/" + hold + "/settlements", Map.of("amount", 5));
        assertThat(invalid.status()).isEqualTo(403);
        assertThat(invalid.body().has("invalidParams")).isFalse();
        // Demi cancels: the hold is released and her money is available again.
        assertThat(as("demi")
                        .post(
                                "/api/v1/holds/" + hold + "/releases",
                                Map.of("id", UUID.randomUUID().toString()))
                        .status())
                .isEqualTo(201);
    }

    private Api as(String username) {
        return new Api(port).as(tokens.of(username));
    }

    /** The subjects of the refusals recorded for a demo user, once the trail has them. */
    private List<String> denialsOf(String username) {
        String actor = DemoIdentities.login(username).userId().toString();
        await().atMost(Duration.ofSeconds(5)).until(() -> !subjects(actor).isEmpty());
        return subjects(actor);
    }

    private List<String> subjects(String actor) {
        return jdbc.sql("select subject from audit_record where actor = :actor and outcome like 'DENIED %'")
                .param("actor", actor)
                .query(String.class)
                .list();
    }

    /** An admitted offering of a demo provider: what a payment to that provider is for. */
    private String offeringOf(java.util.UUID provider) {
        SystemActor.install();
        try {
            return Trainings.anyAdmittedOffering(register, provider);
        } finally {
            SystemActor.clear();
        }
    }
}
