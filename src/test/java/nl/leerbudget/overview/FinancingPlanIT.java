package nl.leerbudget.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.Register;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestClock;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Fatima's case through the API, lived by the demo citizen Kees (no other test counts his compartments): he has a
 * learning right (recognised education only) and gets a STAP grant for a recognised mbo certificate that costs more
 * than the grant. His plan pays the grant first and the learning right last; he pays only the materials, which no
 * compartment may pay. (The same case in memory, with exact amounts: PlanRulesTest.)
 */
@IntegrationTest
class FinancingPlanIT {

    private static final LocalDate START = LocalDate.of(2027, 9, 1);

    /** In 2027, when the learning right can be spent (the rights policy starts on 2027-01-01). */
    private static final Instant QUOTED = Instant.parse("2027-03-01T10:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    Ledger ledger;

    @Autowired
    Register register;

    @Autowired
    TestClock clock;

    @Autowired
    Bookings bookings;

    Api agency;
    Api kees;
    Api jan;

    @BeforeEach
    void setUp() {
        Tokens tokens = new Tokens(encoder, properties);
        agency = new Api(port).as(tokens.of("els"));
        // Kees, a demo citizen no other test counts the compartments of: the grants given here stay on his account.
        kees = new Api(port).as(tokens.of("kees"));
        jan = new Api(port).as(tokens.of("jan"));
    }

    @Test
    void fatimasCaseTheGrantPaysFirstTheLearningRightLastAndOnlyTheMaterialsAreOwn() {
        UUID offering = mboCertificate(400_000, 370_000);
        UUID grant = grantFor(offering);

        JsonNode plan = quote(kees, "/api/v1/financing-plans?offeringId=" + offering + "&startDate=" + START);

        JsonNode payments = plan.get("payments");
        assertThat(payments.get(0).get("compartmentId").asString()).isEqualTo(grant.toString());
        assertThat(payments.get(0).get("source").asString()).isEqualTo("SCHEME");
        assertThat(payments.get(0).get("amount").asString()).isEqualTo("1000.00");
        JsonNode last = payments.get(payments.size() - 1);
        assertThat(last.get("label").asString()).isEqualTo(Rights.LABEL);
        assertThat(last.get("source").asString()).isEqualTo("LEARNING_RIGHT");
        assertThat(plan.get("rest").asString()).isEqualTo("0.00");
        assertThat(plan.get("notEligible").asString()).isEqualTo("300.00");
        assertThat(plan.get("personPays").asString()).isEqualTo("300.00");
        assertThat(plan.get("covered").asString()).isEqualTo("3700.00");
        assertThat(plan.get("fingerprint").asString()).matches("[0-9a-f]{64}");
        assertThat(plan.get("policy").get("id").asString()).isEqualTo("financieringsplan-2027");
        // Grants for other offerings do not pay for this one, and say so with the ledger's rule.
        for (JsonNode refusal : plan.get("notPaying")) {
            assertThat(refusal.get("ruleId").asString()).matches("L2[3-6]|P[1-5]");
            assertThat(refusal.get("reason").asString()).isNotBlank();
        }
    }

    @Test
    void fatimasCaseBookedAndStartedPaysTheGrantAsAGrantAndTheLearningRightTheRest() {
        UUID offering = mboCertificate(400_000, 370_000);
        UUID grant = grantFor(offering);
        JsonNode plan = quote(kees, "/api/v1/financing-plans?offeringId=" + offering + "&startDate=" + START);

        clock.set(QUOTED);
        try {
            Api.Response booked = kees.post(
                    "/api/v1/bookings",
                    Map.of(
                            "requestId", UUID.randomUUID(),
                            "offeringId", offering,
                            "startDate", START.toString(),
                            "fingerprint", plan.get("fingerprint").asString()));
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            UUID booking = UUID.fromString(booked.body().get("id").asString());
            UUID provider = UUID.fromString(booked.body().get("providerId").asString());
            assertThat(booked.body().get("covered").asString()).isEqualTo("3700.00");
            assertThat(booked.body().get("personPays").asString()).isEqualTo("300.00");

            ActingAs.run(ActingAs.provider(provider), () -> bookings.accept(booking, UUID.randomUUID()));
            clock.set(Instant.parse("2027-09-01T12:00:00Z"));
            Bookings.Outcome started = ActingAs.run(
                    ActingAs.provider(provider), () -> bookings.reportStart(booking, UUID.randomUUID(), START, null));
            assertThat(started).isInstanceOf(Bookings.Outcome.Done.class);

            // The grant was paid as a started grant is: its application started, with a SPEND of the whole grant.
            JsonNode applications = kees.get("/api/v1/scheme-applications").body();
            JsonNode application = null;
            for (JsonNode a : applications) {
                if (grant.toString().equals(a.path("compartmentId").asString())) {
                    application = a;
                }
            }
            assertThat(application).isNotNull();
            assertThat(application.get("status").asString()).isEqualTo("STARTED");
            SystemActor.install();
            try {
                assertThat(ledger.account(new AccountId(grant)).orElseThrow().balance())
                        .isZero();
                assertThat(ledger.account(new AccountId(provider)).orElseThrow().balance())
                        .isEqualTo(370_000);
            } finally {
                SystemActor.clear();
            }
        } finally {
            clock.reset();
        }
    }

    @Test
    void anOfferingTheLearningRightDoesNotCoverIsNotPaidByItAndThePlanSaysWhy() {
        // Career advice: a type of its own, so that its price does not move the median of short courses (rule R5).
        UUID course = offering(OfferingType.CAREER_ADVICE, false, 50_000, 50_000);

        JsonNode plan = quote(kees, "/api/v1/financing-plans?offeringId=" + course + "&startDate=" + START);

        JsonNode right = null;
        for (JsonNode refusal : plan.get("notPaying")) {
            if (refusal.get("label").asString().equals(Rights.LABEL)) {
                right = refusal;
            }
        }
        assertThat(right).as(plan.toString()).isNotNull();
        assertThat(right.get("ruleId").asString()).isIn("L24", "L25");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndAnUnknownOfferingIsNotFound() {
        Api.Response missing = kees.get("/api/v1/financing-plans?foo=1");
        Api.Response wrong = kees.get("/api/v1/financing-plans?offeringId=abc&startDate=1-9-2027");
        UUID offering = mboCertificate(100_000, 100_000);
        Api.Response notAStart = kees.get("/api/v1/financing-plans?offeringId=" + offering + "&startDate=2027-09-02");
        Api.Response unknown =
                kees.get("/api/v1/financing-plans?offeringId=" + UUID.randomUUID() + "&startDate=2027-09-01");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.body().get("invalidParams").toString())
                .contains("\"foo\"", "\"offeringId\"", "\"startDate\"", "required", "unknown");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("invalidParams").size()).isEqualTo(2);
        assertThat(notAStart.status()).isEqualTo(400);
        assertThat(notAStart.body().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("startDate");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void onlyCitizensAndTheirAdvisersHavePlans() {
        UUID offering = mboCertificate(100_000, 100_000);
        String path = "/api/v1/financing-plans?offeringId=" + offering + "&startDate=" + START;

        assertThat(agency.get(path).status()).isEqualTo(403);
        assertThat(new Api(port).get(path).status()).isEqualTo(401);
        assertThat(jan.get(path).status()).isEqualTo(200);
    }

    @Test
    void thePageShowsWhichBudgetPaysWhatWithoutJavaScript() {
        UUID offering = mboCertificate(400_000, 370_000);
        grantFor(offering);

        clock.set(QUOTED);
        Api.Download page;
        try {
            page = kees.download("/opleidingen/" + offering + "/wat-kost-dit-mij?start=" + START);
        } finally {
            clock.reset();
        }

        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.status()).isEqualTo(200);
        assertThat(html).contains("Wat kost dit mij?", "<select id=\"start\" name=\"start\"", "Leerrecht", "300,00");
        assertThat(kees.download("/opleidingen/" + offering + "/wat-kost-dit-mij?start=morgen")
                        .status())
                .isEqualTo(400);
    }

    private JsonNode quote(Api as, String path) {
        clock.set(QUOTED);
        try {
            Api.Response response = as.get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            return response.body();
        } finally {
            clock.reset();
        }
    }

    /** A STAP grant for Fatima, earmarked for the offering, from a scheme and window of this test alone. */
    private UUID grantFor(UUID offering) {
        String marker = Long.toString(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L), 36);
        String schemeId = "plan-" + marker;
        Api.Response defined = agency.postText(
                "/api/v1/schemes",
                "text/plain",
                Scheme.builtInText(Scheme.STAP_2022).replace("id = stap-2022", "id = " + schemeId));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        AccountId funder = AccountId.derived("plan/funder/" + marker);
        SystemActor.install();
        try {
            CommandResult opened = ledger.execute(new LedgerCommand(
                    CommandId.derived("plan/funder/" + marker),
                    List.of(new OpenAccount(
                            funder, AccountKind.FUNDER, Unit.EUR, "Test funder", false, FunderType.STATE, null)),
                    List.of(new TransferOrder.Move(
                            SystemAccounts.settlement(Unit.EUR), funder, 1_000_000, TransferCode.TOP_UP, null))));
            assertThat(opened).isInstanceOf(CommandResult.Executed.class);
        } finally {
            SystemActor.clear();
        }
        Instant now = Instant.now();
        var window = new LinkedHashMap<String, Object>();
        window.put("schemeId", schemeId);
        window.put("code", "P" + marker.toUpperCase());
        window.put("name", "Plan " + marker);
        window.put("opensAt", now.minus(Duration.ofMinutes(1)).toString());
        window.put("closesAt", now.plus(Duration.ofDays(1)).toString());
        window.put("budget", "10000");
        window.put("allocation", "FIRST_COME");
        window.put("funderAccountId", funder.value());
        window.put("targetGroups", List.of(Map.of("group", "mbo", "upToLevel", "MBO_4", "reserved", "1000")));
        Api.Response openedWindow = agency.post("/api/v1/scheme-windows", window);
        assertThat(openedWindow.status()).as(openedWindow.toString()).isEqualTo(201);
        Api.Response applied = kees.post(
                "/api/v1/scheme-windows/" + openedWindow.body().get("id").asString() + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", offering, "plannedStart", START.toString()));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.body().get("status").asString()).isEqualTo("GRANTED");
        return UUID.fromString(applied.body().get("compartmentId").asString());
    }

    private UUID mboCertificate(long price, long eligible) {
        return offering(OfferingType.MBO_CERTIFICATE, true, price, eligible);
    }

    /** An admitted offering of a new provider, with its payable account, through the register's own API. */
    private UUID offering(OfferingType type, boolean recognised, long price, long eligible) {
        SystemActor.install();
        try {
            Trainings.Training training = new Trainings(register, ledger)
                    .admitted(new OfferingDetails(
                            type,
                            "Proefplan monteur",
                            "Een proefopleiding voor het financieringsplan, met opdrachten in de praktijk en een afsluitend examen.",
                            type == OfferingType.MBO_CERTIFICATE ? 3 : null,
                            // About the price per hour of the demo offerings of the type, so as not to move the
                            // register's median price (its rule R5) for other tests.
                            (int) Math.max(1, price / (type == OfferingType.MBO_CERTIFICATE ? 770 : 2500)),
                            OfferingDetails.StudyLoadUnit.HOURS,
                            price,
                            0,
                            eligible,
                            OfferingDetails.Modality.ONLINE,
                            null,
                            List.of(START),
                            null,
                            List.of("proefplan"),
                            List.of(),
                            recognised));
            return UUID.fromString(training.offeringId());
        } finally {
            SystemActor.clear();
        }
    }
}
