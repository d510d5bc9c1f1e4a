package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
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
import nl.leerbudget.register.Register;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * An application in a targeted scheme from end to end: the scheme's target groups in its file, the applicant facts and
 * the benefit facts through their APIs, a window with a sub-budget for a group of the scheme, and decisions that keep
 * the sub-budget to its group and explain every other outcome with its rule id; then the demo's municipal scheme on the
 * page of a demo citizen who receives a benefit.
 */
@IntegrationTest
class TargetedSchemesIT {

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
    Ledger ledger;

    @Autowired
    Register register;

    @Autowired
    LedgerInvariants invariants;

    Tokens tokens;
    Api agency;
    String schemeId;
    AccountId funder;
    UUID careCertificate;
    UUID ictCourse;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(encoder, properties);
        agency = new Api(port).as(tokens.of("els"));
        String marker = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36);
        schemeId = "test-uitkering-" + marker;
        Api.Response defined = agency.postText(
                "/api/v1/schemes",
                "text/plain",
                Scheme.builtInText("leerbudget-uitkering-utrecht-2027")
                        .replace("id = leerbudget-uitkering-utrecht-2027", "id = " + schemeId));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(defined.body().get("openTo").asString()).isEqualTo("position in benefit-recipient");
        funder = AccountId.derived("test/municipality/" + marker);
        SystemActor.install();
        CommandResult opened = ledger.execute(new LedgerCommand(
                CommandId.derived("test/municipality/" + marker),
                List.of(new OpenAccount(
                        funder, AccountKind.FUNDER, Unit.EUR, "Testgemeente", false, FunderType.MUNICIPALITY, null)),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR), funder, 10_000_000, TransferCode.TOP_UP, null))));
        assertThat(opened).isInstanceOf(CommandResult.Executed.class);
        careCertificate = offering("Verzorgende+IG+medicatie", "zorg");
        ictCourse = offering("Excel+beginners", "ict");
    }

    @AfterEach
    void tearDown() {
        SystemActor.clear();
    }

    @Test
    void aReservedSubBudgetGoesToItsGroupAndEveryOtherOutcomeNamesItsRule() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String ninaBsn = TestPeople.randomBsn();
        TestPeople.Login nina = TestPeople.citizen(registry, users, properties, "Nina " + marker, ninaBsn);
        String omarBsn = TestPeople.randomBsn();
        TestPeople.Login omar = TestPeople.citizen(registry, users, properties, "Omar " + marker, omarBsn);
        TestPeople.Login lotte = TestPeople.citizen(registry, users, properties, "Lotte " + marker);
        Api.Response facts = agency.post(
                "/api/v1/applicant-facts",
                Map.of(
                        "applicants",
                        List.of(
                                applicant(nina, "job-seeker", true),
                                applicant(omar, "job-seeker", false),
                                applicant(lotte, "employed", true))));
        assertThat(facts.status()).as(facts.toString()).isEqualTo(200);
        // Nina and Omar receive bijstand; Lotte, who works, receives nothing.
        Api.Response benefits = agency.post(
                "/api/v1/benefit-facts",
                Map.of(
                        "deliveryId",
                        UUID.randomUUID(),
                        "source",
                        "gemeente-0344",
                        "benefits",
                        List.of(
                                Map.of("bsn", ninaBsn, "benefit", "BIJSTAND", "startsOn", "2024-01-01"),
                                Map.of("bsn", omarBsn, "benefit", "BIJSTAND", "startsOn", "2024-01-01"))));
        assertThat(benefits.status()).as(benefits.toString()).isEqualTo(201);
        // The whole budget, one certificate's cost, reserved for the basic-skills group: only Nina can be granted.
        String cost = nl.leerbudget.shared.Money.cents(register.offering(new OfferingId(careCertificate))
                        .orElseThrow()
                        .details()
                        .eligibleCostCents())
                .toDecimalString();
        String window = open(cost, List.of(Map.of("group", "laaggeletterd", "reserved", cost)));
        assertThat(agency.get("/api/v1/scheme-windows/" + window)
                        .body()
                        .get("pots")
                        .get(0)
                        .get("targetGroup")
                        .asString())
                .isEqualTo("literacy-programme");

        JsonNode omarsApplication = apply(omar, window, careCertificate);
        JsonNode lottesApplication = apply(lotte, window, careCertificate);
        JsonNode ninasApplication = apply(nina, window, careCertificate);

        assertThat(omarsApplication.get("status").asString())
                .as("a benefit recipient outside the group does not get the group's money")
                .isEqualTo("WAITLISTED");
        assertThat(lottesApplication.get("status").asString()).isEqualTo("REJECTED");
        assertThat(lottesApplication.get("reasons").get(0).get("ruleId").asString())
                .isEqualTo("T2");
        assertThat(lottesApplication.get("reasons").get(0).get("explanation").asString())
                .startsWith("Deze regeling is voor mensen die een uitkering hebben.");
        assertThat(ninasApplication.get("status").asString()).isEqualTo("GRANTED");
        assertThat(ninasApplication.get("amount").asString()).isEqualTo(cost);
        assertThat(ninasApplication.get("drawnFrom").get("laaggeletterd").asString())
                .isEqualTo(cost);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void theBenefitPercentageAndMaximumFollowTheTypeOfTheOffering() {
        String bsn = TestPeople.randomBsn();
        TestPeople.Login sem = TestPeople.citizen(registry, users, properties, "Sem", bsn);
        assertThat(agency.post(
                                "/api/v1/applicant-facts",
                                Map.of("applicants", List.of(applicant(sem, "job-seeker", false))))
                        .status())
                .isEqualTo(200);
        assertThat(agency.post(
                                "/api/v1/benefit-facts",
                                Map.of(
                                        "deliveryId",
                                        UUID.randomUUID(),
                                        "source",
                                        "uwv",
                                        "benefits",
                                        List.of(Map.of("bsn", bsn, "benefit", "WW", "startsOn", "2024-01-01"))))
                        .status())
                .isEqualTo(201);
        String window = open("10000.00", List.of());
        long cost = register.offering(new OfferingId(ictCourse))
                .orElseThrow()
                .details()
                .eligibleCostCents();

        Api.Response check = new Api(port)
                .as(tokens.of(sem.username()))
                .post("/api/v1/scheme-windows/" + window + "/eligibility-checks", Map.of("offeringId", ictCourse));

        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body().get("eligible").asBoolean()).isTrue();
        // Short courses: 75%, rounded down, up to EUR 1,000.
        long expected = Math.min(cost * 75 / 100, 100_000);
        assertThat(check.body().get("grantAmount").asString())
                .isEqualTo(nl.leerbudget.shared.Money.cents(expected).toDecimalString());
    }

    @Test
    void aWindowReservesOnlyForAGroupTheSchemeDefines() {
        Map<String, Object> body = window("1000.00", List.of(Map.of("group", "vijftig-min", "reserved", "100.00")));

        Api.Response refused = agency.post("/api/v1/scheme-windows", body);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).endsWith("/unknown-target-group");
    }

    /** The demo: Demi receives bijstand, so the municipality's scheme is open to her; she applies on the page. */
    @Test
    void aDemoCitizenWithABenefitAppliesForTheMunicipalBudgetOnThePage() {
        JsonNode windows = new Api(port).get("/api/v1/scheme-windows").body();
        String window = null;
        for (JsonNode item : windows) {
            if (item.get("code").asString().equals("UTRECHT-UITKERING")) {
                window = item.get("id").asString();
            }
        }
        assertThat(window).as("the demo's municipal window").isNotNull();
        LocalDate start =
                register.offering(new OfferingId(careCertificate)).orElseThrow().details().startDates().stream()
                        .filter(d -> d.isAfter(LocalDate.now(Ledger.ZONE)))
                        .findFirst()
                        .orElseThrow();
        WebSession demi = WebSession.logIn(port, "demi", DemoIdentities.PASSWORD);

        WebSession.Page page = demi.get("/regelingen/" + window);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Leerbudget Utrecht voor mensen met een uitkering", "mensen die een uitkering hebben");

        WebSession.Page checked = demi.post(
                "/regelingen/" + window, Map.of("opleiding", careCertificate.toString(), "actie", "controleren"));
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.text()).contains("U voldoet aan alle voorwaarden");

        WebSession.Page receipt = demi.post(
                "/regelingen/" + window,
                Map.of(
                        "opleiding",
                        careCertificate.toString(),
                        "start",
                        start.toString(),
                        "aanvraag",
                        UUID.randomUUID().toString(),
                        "actie",
                        "aanvragen"));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        assertThat(receipt.uri().getQuery()).startsWith("ontvangst=");
        assertThat(receipt.text()).contains("Besluit: " + ApplicationStatus.GRANTED.dutch());
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> applicant(TestPeople.Login who, String position, boolean literacy) {
        return Map.of(
                "personId",
                java.util.Objects.requireNonNull(who.person()).value(),
                "birthDate",
                "1990-04-04",
                "labourMarketTie",
                true,
                "educationLevel",
                "MBO_2",
                "positions",
                List.of(position),
                "literacyProgramme",
                literacy);
    }

    private JsonNode apply(TestPeople.Login who, String window, UUID offering) {
        Api.Response applied = new Api(port)
                .as(tokens.of(who.username()))
                .post(
                        "/api/v1/scheme-windows/" + window + "/applications",
                        Map.of("requestId", UUID.randomUUID(), "offeringId", offering, "plannedStart", "2027-09-01"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.body();
    }

    private String open(String budget, List<Map<String, Object>> groups) {
        Api.Response opened = agency.post("/api/v1/scheme-windows", window(budget, groups));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.body().get("id").asString();
    }

    private Map<String, Object> window(String budget, List<Map<String, Object>> groups) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant now = Instant.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemeId", schemeId);
        body.put("code", code);
        body.put("name", "Test " + code);
        body.put("opensAt", now.minus(Duration.ofMinutes(1)).toString());
        body.put("closesAt", now.plus(Duration.ofDays(1)).toString());
        body.put("budget", budget);
        body.put("allocation", "FIRST_COME");
        body.put("funderAccountId", funder.value());
        body.put("targetGroups", groups);
        return body;
    }

    /** An admitted offering of the demo catalogue found by words, with the field of work it leads to. */
    private UUID offering(String words, String field) {
        Api.Response found = new Api(port).get("/api/v1/catalogue?pageSize=100&q=" + words);
        assertThat(found.status()).isEqualTo(200);
        for (JsonNode item : found.body().get("items")) {
            UUID id = UUID.fromString(item.get("id").asString());
            if (register.offering(new OfferingId(id))
                    .orElseThrow()
                    .details()
                    .fieldsOfStudy()
                    .contains(field)) {
                return id;
            }
        }
        throw new AssertionError("no offering for '" + words + "' in " + field);
    }
}
