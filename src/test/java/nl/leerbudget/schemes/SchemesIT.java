package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerInvariants;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.IntegrityCheck;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Schemes, windows and applications through the API: each test defines its own scheme (so that "once per calendar
 * year" of one test does not reach into another) and opens its own windows with their own funder account.
 */
@IntegrationTest
class SchemesIT {

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
    List<IntegrityCheck> checks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerInvariants invariants;

    Api agency;
    Api fatima;
    Api jan;
    String schemeId;
    AccountId funder;
    UUID electrical;
    UUID dataAnalysis;

    @BeforeEach
    void setUp() {
        Tokens tokens = new Tokens(encoder, properties);
        agency = new Api(port).as(tokens.of("els"));
        fatima = new Api(port).as(tokens.of("fatima"));
        jan = new Api(port).as(tokens.of("jan"));
        String marker = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36);
        schemeId = "test-" + marker;
        Api.Response defined = agency.postText(
                "/api/v1/schemes",
                "text/plain",
                Scheme.builtInText(Scheme.STAP_2022).replace("id = stap-2022", "id = " + schemeId));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        funder = AccountId.derived("test/funder/" + marker);
        SystemActor.install();
        CommandResult opened = ledger.execute(new LedgerCommand(
                CommandId.derived("test/funder/" + marker),
                List.of(new OpenAccount(
                        funder, AccountKind.FUNDER, Unit.EUR, "Test funder", false, FunderType.STATE, null)),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR), funder, 10_000_000, TransferCode.TOP_UP, null))));
        assertThat(opened).isInstanceOf(CommandResult.Executed.class);
        electrical = offering("Elektrotechniek+installeren", Demo.ROC);
        dataAnalysis = offering("Data-analyse+Python", Demo.OPEN_UNIVERSITY);
    }

    @AfterEach
    void tearDown() {
        SystemActor.clear();
    }

    @Test
    void theDemoSchemeAndItsOpenWindowArePublic() {
        Api anonymous = new Api(port);

        Api.Response schemes = anonymous.get("/api/v1/schemes");
        Api.Response windows = anonymous.get("/api/v1/scheme-windows");

        assertThat(schemes.status()).isEqualTo(200);
        assertThat(schemes.body().toString()).contains("\"id\":\"stap-2022\"", "\"benefitMaximum\":\"1000.00\"");
        assertThat(windows.status()).isEqualTo(200);
        JsonNode demo = find(windows.body(), "code", "STAP-DEMO");
        assertThat(demo.get("status").asString()).isEqualTo("OPEN");
        assertThat(demo.get("pots").get(0).get("name").asString()).isEqualTo("tot-en-met-mbo-4");
        assertThat(demo.get("pots").get(1).get("name").asString()).isEqualTo("general");
    }

    @Test
    void aCitizenChecksAppliesAndGetsAnEarmarkedCompartment() {
        String window = open("FCFS", "100000", 0);

        Api.Response check = fatima.post(
                "/api/v1/scheme-windows/" + window + "/eligibility-checks", Map.of("offeringId", electrical));
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body().get("eligible").asBoolean()).isTrue();
        assertThat(check.body().get("grantAmount").asString()).isEqualTo("1000.00");

        UUID requestId = UUID.randomUUID();
        Map<String, Object> application =
                Map.of("requestId", requestId, "offeringId", electrical, "plannedStart", "2027-02-01");
        Api.Response applied = fatima.post("/api/v1/scheme-windows/" + window + "/applications", application);

        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        JsonNode receipt = applied.body();
        assertThat(receipt.get("receiptNumber").asString()).matches("T[0-9A-Z-]+-000001");
        assertThat(receipt.get("status").asString()).isEqualTo("GRANTED");
        assertThat(receipt.get("amount").asString()).isEqualTo("1000.00");
        assertThat(receipt.get("drawnFrom").get("mbo").asString()).isEqualTo("1000.00");
        assertThat(receipt.get("lapsesOn").asString()).isEqualTo("2027-05-02");

        AccountView compartment = ledger.account(new AccountId(
                        UUID.fromString(receipt.get("compartmentId").asString())))
                .orElseThrow();
        assertThat(compartment.kind()).isEqualTo(AccountKind.COMPARTMENT);
        assertThat(compartment.balance()).isEqualTo(100_000);
        assertThat(compartment.compartment().conditions().offeringId()).isEqualTo(electrical.toString());

        Api.Response again = fatima.post("/api/v1/scheme-windows/" + window + "/applications", application);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("receiptNumber").asString())
                .isEqualTo(receipt.get("receiptNumber").asString());

        Api.Response otherContent = fatima.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", requestId, "offeringId", dataAnalysis, "plannedStart", "2027-03-01"));
        assertThat(otherContent.status()).isEqualTo(409);
        assertThat(otherContent.body().get("type").asString()).endsWith("/request-id-reused");

        Api.Response second = fatima.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", dataAnalysis, "plannedStart", "2027-03-01"));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(second.body().get("reasons").get(0).get("ruleId").asString()).isEqualTo("A1");

        // "Kan ik meedoen?" now answers with the same rule and the same words as that second application.
        Api.Response checkAfter = fatima.post(
                "/api/v1/scheme-windows/" + window + "/eligibility-checks", Map.of("offeringId", dataAnalysis));
        assertThat(checkAfter.body().get("eligible").asBoolean()).isFalse();
        assertThat(checkAfter.body().get("reasons")).hasSize(1);
        assertThat(checkAfter.body().get("reasons").get(0).get("ruleId").asString())
                .isEqualTo("A1");
        assertThat(checkAfter.body().get("reasons").get(0).get("explanation").asString())
                .isEqualTo(
                        second.body().get("reasons").get(0).get("explanation").asString());

        Api.Response mine = fatima.get("/api/v1/scheme-applications");
        assertThat(mine.body().toString()).contains(receipt.get("id").asString());
        assertThat(jan.get("/api/v1/scheme-applications/" + receipt.get("id").asString())
                        .status())
                .isEqualTo(404);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void whenTheMoneyIsGoneTheNextEligibleApplicantWaitsAndClosingPromotesNobodyWithoutMoney() {
        String window = open("FCFS", "1000", 0);

        Api.Response first = fatima.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", electrical, "plannedStart", "2027-02-01"));
        Api.Response second = jan.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", electrical, "plannedStart", "2027-02-01"));

        assertThat(first.body().get("status").asString()).isEqualTo("GRANTED");
        assertThat(second.body().get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(second.body().get("waitlistPosition").asInt()).isEqualTo(1);

        Api.Response closed = agency.post("/api/v1/scheme-windows/" + window + "/closing", Map.of());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("granted").asLong()).isEqualTo(1);
        assertThat(closed.body().get("left").asString()).isEqualTo("0.00");

        Api.Response late = fatima.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", dataAnalysis, "plannedStart", "2027-03-01"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("type").asString()).endsWith("/window-closed");
    }

    @Test
    void aLotteryDecidesAfterTheDrawWithThePublishedSeed() {
        String window = open("LOTTERY", "1000", 42);

        Api.Response first = fatima.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", electrical, "plannedStart", "2027-02-01"));
        Api.Response second = jan.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", electrical, "plannedStart", "2027-02-01"));
        assertThat(first.body().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(second.body().get("status").asString()).isEqualTo("RECEIVED");

        Api.Response drawn = agency.post("/api/v1/scheme-windows/" + window + "/closing", Map.of());

        assertThat(drawn.body().get("seed").asLong()).isEqualTo(42);
        assertThat(drawn.body().get("granted").asLong()).isEqualTo(1);
        assertThat(drawn.body().get("waiting").asInt()).isEqualTo(1);
        String firstStatus = fatima.get(
                        "/api/v1/scheme-applications/" + first.body().get("id").asString())
                .body()
                .get("status")
                .asString();
        String secondStatus = jan.get(
                        "/api/v1/scheme-applications/" + second.body().get("id").asString())
                .body()
                .get("status")
                .asString();
        assertThat(List.of(firstStatus, secondStatus)).containsExactlyInAnyOrder("GRANTED", "WAITLISTED");
    }

    @Test
    void anIneligibleApplicationIsRejectedWithEveryReason() {
        String scheme = Scheme.builtInText(Scheme.STAP_2022)
                .replace("id = stap-2022", "id = " + schemeId + "-mbo")
                .replace("maximum-education-level = any", "maximum-education-level = MBO_2")
                .replace("benefit-maximum = 1000", "benefit-maximum = 500");
        assertThat(agency.postText("/api/v1/schemes", "text/plain", scheme).status())
                .isEqualTo(201);
        String window = openFor(schemeId + "-mbo", "FCFS", "10000", 0);

        Api.Response check =
                jan.post("/api/v1/scheme-windows/" + window + "/eligibility-checks", Map.of("offeringId", electrical));

        assertThat(check.body().get("eligible").asBoolean()).isFalse();
        assertThat(check.body().get("reasons").get(0).get("ruleId").asString()).isEqualTo("S3");
        Api.Response applied = jan.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", electrical, "plannedStart", "2027-02-01"));
        assertThat(applied.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(applied.body().get("reasons").get(0).get("explanation").asString())
                .contains("mbo");
    }

    @Test
    void badRequestsListEveryFieldAndWriteNothing() {
        String window = open("FCFS", "1000", 0);

        Api.Response bad = fatima.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", "not-a-uuid", "plannedStart", "1 februari"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("requestId", "offeringId", "plannedStart");
        assertThat(agency.get("/api/v1/scheme-windows/" + window)
                        .body()
                        .get("received")
                        .asLong())
                .isZero();

        Api.Response badWindow = agency.post(
                "/api/v1/scheme-windows",
                Map.of("schemeId", schemeId, "code", "lower case", "budget", "-5", "allocation", "SOMETIMES"));
        assertThat(badWindow.status()).isEqualTo(400);
        assertThat(badWindow.body().toString())
                .contains("code", "name", "opensAt", "closesAt", "budget", "allocation", "funderAccountId");

        Api.Response badScheme = agency.postText("/api/v1/schemes", "text/plain", "id = x\nminimum-age = old\n");
        assertThat(badScheme.status()).isEqualTo(400);

        assertThat(fatima.post("/api/v1/scheme-windows", Map.of()).status()).isEqualTo(403);
        assertThat(agency.post(
                                "/api/v1/scheme-windows/" + window + "/applications",
                                Map.of(
                                        "requestId",
                                        UUID.randomUUID(),
                                        "offeringId",
                                        electrical,
                                        "plannedStart",
                                        "2027-02-01"))
                        .status())
                .isEqualTo(403);
    }

    // ---------------------------------------------------------------- helpers

    /** The hole a probe found: a grant earmarked for one offering was held for another provider and settled. */
    @Test
    void aGrantEarmarkedForOneOfferingCannotBeHeldForAnotherProvidersOffering() {
        String window = open("FCFS", "100000", 0);
        JsonNode receipt = fatima.post(
                        "/api/v1/scheme-windows/" + window + "/applications",
                        Map.of("requestId", UUID.randomUUID(), "offeringId", electrical, "plannedStart", "2027-02-01"))
                .body();
        assertThat(receipt.get("status").asString()).isEqualTo("GRANTED");
        String compartment = receipt.get("compartmentId").asString();
        OfferingView other = register.offering(new OfferingId(dataAnalysis)).orElseThrow();
        OfferingView earmarked = register.offering(new OfferingId(electrical)).orElseThrow();
        assertThat(other.provider()).isNotEqualTo(earmarked.provider());

        Api.Response forOther = fatima.post(
                "/api/v1/holds",
                Map.of(
                        "id",
                        UUID.randomUUID(),
                        "debitAccountId",
                        compartment,
                        "creditAccountId",
                        other.provider().value(),
                        "amount",
                        "1000.00",
                        "offeringId",
                        dataAnalysis));
        Api.Response unnamed = fatima.post(
                "/api/v1/holds",
                Map.of(
                        "id",
                        UUID.randomUUID(),
                        "debitAccountId",
                        compartment,
                        "creditAccountId",
                        other.provider().value(),
                        "amount",
                        "1000.00"));
        Api.Response passedOff = fatima.post(
                "/api/v1/holds",
                Map.of(
                        "id",
                        UUID.randomUUID(),
                        "debitAccountId",
                        compartment,
                        "creditAccountId",
                        other.provider().value(),
                        "amount",
                        "1000.00",
                        "offeringId",
                        electrical));

        assertThat(forOther.status()).as(forOther.toString()).isEqualTo(422);
        assertThat(forOther.body().get("ruleId").asString()).isEqualTo("L23");
        assertThat(forOther.body().get("reason").asString()).contains("alleen voor één bepaalde opleiding");
        assertThat(unnamed.body().get("ruleId").asString()).isEqualTo("L20");
        assertThat(passedOff.body().get("ruleId").asString()).isEqualTo("L22");
        assertThat(ledger.account(new AccountId(UUID.fromString(compartment)))
                        .orElseThrow()
                        .available())
                .isEqualTo(100_000);
    }

    /** Verify's check: what the scheme's books say of a grant and what its compartment holds agree. */
    @Test
    void verifyFindsAGrantWhoseCompartmentDoesNotHoldIt() {
        String window = open("FCFS", "100000", 0);
        JsonNode receipt = fatima.post(
                        "/api/v1/scheme-windows/" + window + "/applications",
                        Map.of("requestId", UUID.randomUUID(), "offeringId", electrical, "plannedStart", "2027-02-01"))
                .body();
        UUID application = UUID.fromString(receipt.get("id").asString());
        assertThat(grantFindings(application)).isEmpty();

        // Planted: the scheme's books now say the grant was a cent more than the compartment holds.
        String plant = "update scheme_application set amount_cents = amount_cents + :by where id = :id";
        jdbc.sql(plant).param("by", 1).param("id", application).update();
        try {
            assertThat(grantFindings(application))
                    .singleElement()
                    .satisfies(f -> assertThat(f.detail()).contains("100001", "100000"));
        } finally {
            jdbc.sql(plant).param("by", -1).param("id", application).update();
        }
        assertThat(grantFindings(application)).isEmpty();
    }

    private List<IntegrityCheck.Finding> grantFindings(UUID application) {
        return checks.stream()
                .flatMap(check -> check.findings(1_000).stream())
                .filter(f -> f.rule().equals(GrantCompartments.RULE))
                .filter(f -> f.detail().contains(application.toString()))
                .toList();
    }

    /** A sector fund's budget for technology pays no training in another sector, however it is asked. */
    @Test
    void aSectorBudgetDoesNotPayForTrainingInAnotherSector() {
        AccountView sectorBudget = ledger.learningAccountOf(Demo.JAN).orElseThrow().compartments().stream()
                .filter(c -> c.compartment().conditions().sectors().contains("techniek"))
                .findFirst()
                .orElseThrow();
        OfferingView language = register.offering(
                        new OfferingId(offering("Nederlands+werkvloer", Demo.LANGUAGE_CENTRE)))
                .orElseThrow();
        assertThat(language.details().fieldsOfStudy()).doesNotContain("techniek");

        Api.Response held = jan.post(
                "/api/v1/holds",
                Map.of(
                        "id", UUID.randomUUID(),
                        "debitAccountId", sectorBudget.id().value(),
                        "creditAccountId", language.provider().value(),
                        "amount", "10.00",
                        "offeringId", language.id().value()));

        assertThat(held.status()).as(held.toString()).isEqualTo(422);
        assertThat(held.body().get("ruleId").asString()).isIn("L24", "L26");
    }

    private String open(String allocation, String budget, long seed) {
        return openFor(schemeId, allocation, budget, seed);
    }

    private String openFor(String scheme, String allocation, String budget, long seed) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant now = Instant.now();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("schemeId", scheme);
        body.put("code", code);
        body.put("name", "Test " + code);
        body.put("opensAt", now.minus(Duration.ofMinutes(1)).toString());
        body.put("closesAt", now.plus(Duration.ofDays(1)).toString());
        body.put("budget", budget);
        body.put("allocation", allocation.equals("FCFS") ? "FIRST_COME" : "LOTTERY");
        body.put("funderAccountId", funder.value());
        if (allocation.equals("LOTTERY")) {
            body.put("seed", seed);
        } else {
            body.put("targetGroups", List.of(Map.of("group", "mbo", "upToLevel", "MBO_4", "reserved", "1000")));
        }
        Api.Response opened = agency.post("/api/v1/scheme-windows", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.body().get("id").asString();
    }

    /** The demo offering of that provider whose name has these words (the demo catalogue has more than one). */
    private UUID offering(String words, UUID provider) {
        Api.Response found = new Api(port).get("/api/v1/catalogue?pageSize=100&q=" + words);
        assertThat(found.status()).isEqualTo(200);
        return UUID.fromString(find(found.body().get("items"), "providerId", provider.toString())
                .get("id")
                .asString());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + array);
    }
}
