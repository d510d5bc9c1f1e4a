package nl.leerbudget.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.identity.domain.Pseudonyms;
import nl.leerbudget.identity.domain.User;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.Register;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The Leeroverzicht of Anna, a citizen of this test alone: a learning right (from her education history), a budget
 * from her employer that ends in 30 days and paid € 150 for a course, and a STAP grant from a window of this test. She
 * gave the demo adviser Ahmed a mandate. The tests only read what the set-up made, in any order.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewIT {

    private static final String MBO2 =
            "VO:2004-08-01..2008-07-31:funded:diploma;" + "MBO2-BOL:2008-08-01..2010-07-31:funded:diploma";

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
    PersonRegistry people;

    @Autowired
    Users users;

    Tokens tokens;
    Api agency;
    Api provider;
    Api adviser;

    PersonId anna;
    Api annaApi;
    LocalDate today;
    AccountId employerBudget;
    UUID grantCompartment;
    UUID window;
    UUID application;
    String receiptNumber;

    @BeforeAll
    void setUp() {
        tokens = new Tokens(encoder, properties);
        agency = new Api(port).as(tokens.of("els"));
        provider = new Api(port).as(tokens.of("marieke"));
        adviser = new Api(port).as(tokens.of("ahmed"));
        today = LocalDate.now(Ledger.ZONE);

        String marker = Long.toString(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L), 36);
        anna = citizen("anna-" + marker);
        annaApi = new Api(port).as(tokens.of("anna-" + marker));

        Api.Response right = agency.sendJson(
                "PUT", "/api/v1/people/" + anna.value() + "/education-history", history("1985-04-12", MBO2));
        assertThat(right.status()).as(right.toString()).isEqualTo(200);

        employerBudget = employerDeposit(marker, 800_00, today.plusDays(30));
        spend(employerBudget, 150_00);

        Api.Response facts = agency.post(
                "/api/v1/applicant-facts",
                Map.of(
                        "applicants",
                        List.of(Map.of(
                                "personId",
                                anna.value(),
                                "birthDate",
                                "1985-04-12",
                                "labourMarketTie",
                                true,
                                "educationLevel",
                                "MBO_2"))));
        assertThat(facts.status()).as(facts.toString()).isEqualTo(200);
        window = stapWindow(marker);
        String offering = offering();
        Api.Response applied = annaApi.post(
                "/api/v1/scheme-windows/" + window + "/applications",
                Map.of("requestId", UUID.randomUUID(), "offeringId", offering, "plannedStart", "2027-09-01"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.body().get("status").asString()).isEqualTo("GRANTED");
        grantCompartment = UUID.fromString(applied.body().get("compartmentId").asString());
        application = UUID.fromString(applied.body().get("id").asString());
        receiptNumber = applied.body().get("receiptNumber").asString();

        Api.Response mandate = annaApi.post(
                "/api/v1/mandates",
                Map.of("adviserUserId", DemoIdentities.login("ahmed").userId()));
        assertThat(mandate.status()).as(mandate.toString()).isEqualTo(201);
    }

    @Test
    void theApiShowsTheLearningRightTheGrantAndTheEmployerBudgetGroupedBySource() {
        Api.Response response = annaApi.get("/api/v1/overview");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode overview = response.body();
        assertThat(overview.get("personId").asString()).isEqualTo(anna.value().toString());
        assertThat(sources(overview.get("budgets"))).containsExactly("LEARNING_RIGHT", "SCHEME", "EMPLOYER");
        JsonNode right = group(overview, "LEARNING_RIGHT").get(0);
        assertThat(right.get("label").asString()).isEqualTo(Rights.LABEL);
        assertThat(right.get("sourceName").asString()).isEqualTo("Leerrecht");
        JsonNode grant = group(overview, "SCHEME").get(0);
        assertThat(grant.get("compartmentId").asString()).isEqualTo(grantCompartment.toString());
        assertThat(grant.get("available").asString()).isEqualTo("1000.00");
        JsonNode employer = group(overview, "EMPLOYER").get(0);
        assertThat(employer.get("compartmentId").asString())
                .isEqualTo(employerBudget.value().toString());
        assertThat(employer.get("available").asString()).isEqualTo("650.00");
        assertThat(employer.get("held").asString()).isEqualTo("0.00");
        assertThat(employer.get("spent").asString()).isEqualTo("150.00");
        assertThat(employer.get("validUntil").asString())
                .isEqualTo(today.plusDays(30).toString());

        JsonNode applications = overview.get("applications");
        assertThat(applications.size()).isEqualTo(1);
        assertThat(applications.get(0).get("receiptNumber").asString()).isEqualTo(receiptNumber);
        assertThat(applications.get(0).get("status").asString()).isEqualTo("GRANTED");
        assertThat(applications.get(0).get("statusName").asString()).isEqualTo("Toegekend");
        assertThat(applications.get(0).get("amount").asString()).isEqualTo("1000.00");
        JsonNode ours = windowIn(overview, window);
        assertThat(ours.get("status").asString()).isEqualTo("OPEN");
        // She applied in it already: one application per window (rule A1), in the intake's own words.
        assertThat(ours.get("mayQualify").asBoolean()).isFalse();
        assertThat(ours.get("reasons").get(0).get("ruleId").asString()).isEqualTo("A1");
    }

    @Test
    void whatExpiresWithinNinetyDaysComesFirstSoonestFirst() {
        JsonNode expiring = annaApi.get("/api/v1/overview").body().get("expiringSoon");

        // The employer's budget ends in 30 days; the learning right and the grant (lapsing after the start) do not.
        assertThat(expiring.size()).isEqualTo(1);
        assertThat(expiring.get(0).get("compartmentId").asString())
                .isEqualTo(employerBudget.value().toString());
        assertThat(expiring.get(0).get("available").asString()).isEqualTo("650.00");
    }

    @Test
    void thePageShowsEverySectionInOrderWithoutJavaScript() {
        Api.Download page = annaApi.download("/overzicht");

        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(html).doesNotContain("<script");
        assertThat(html)
                .contains("<h1>Mijn leerbudget</h1>", "Welkom, <span>Testpersoon</span>.")
                .contains("Let op: dit geld verloopt binnenkort", "650,00", "150,00")
                .contains("<caption", "scope=\"col\"", "scope=\"row\"");
        int expiring = html.indexOf("id=\"verloopt\"");
        int right = html.indexOf("id=\"bron-learning_right\"");
        int grant = html.indexOf("id=\"bron-scheme\"");
        int employer = html.indexOf("id=\"bron-employer\"");
        assertThat(expiring).isPositive().isLessThan(right);
        assertThat(right).isLessThan(grant);
        assertThat(grant).isLessThan(employer);
        assertThat(html).contains(">Subsidie uit een regeling<", ">Werkgever<", ">Leerrecht<");
        assertThat(html)
                .contains("/regelingen/" + window + "?ontvangst=" + application)
                .contains(receiptNumber)
                .contains("/overzicht/afschrift.csv")
                .contains("Betaald aan Opleider ");
    }

    @Test
    void theStatementIsNewestFirstAndTheCsvFileHasAHeaderAndOneLinePerMovement() {
        Api.Response statement = annaApi.get("/api/v1/overview/statement?page=1&pageSize=2");

        assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
        assertThat(statement.body().get("totalItems").asLong()).isEqualTo(4);
        assertThat(statement.body().get("totalPages").asLong()).isEqualTo(2);
        JsonNode newest = statement.body().get("items").get(0);
        // A grant is a deposit from the window's budget account; its compartment's source says what it is.
        assertThat(newest.get("code").asString()).isEqualTo("DEPOSIT");
        assertThat(newest.get("source").asString()).isEqualTo("SCHEME");
        assertThat(newest.get("amount").asString()).isEqualTo("1000.00");
        assertThat(newest.get("description").asString()).isEqualTo("Subsidie toegekend");
        JsonNode payment = statement.body().get("items").get(1);
        assertThat(payment.get("code").asString()).isEqualTo("SPEND");
        assertThat(payment.get("amount").asString()).isEqualTo("-150.00");
        assertThat(payment.get("compartmentId").asString())
                .isEqualTo(employerBudget.value().toString());
        assertThat(payment.get("description").asString()).startsWith("Betaald aan Opleider ");

        Api.Download file = annaApi.download("/overzicht/afschrift.csv");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/csv");
        List<String> lines =
                new String(file.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("datum;omschrijving;potje;bron;bij;af;eenheid;soort;kenmerk");
        assertThat(lines.get(1))
                .startsWith(today + ";Subsidie toegekend;")
                .contains(";Subsidie uit een regeling;1000.00;;EUR;DEPOSIT;");
        assertThat(lines.get(2))
                .startsWith(today + ";Betaald aan Opleider ")
                .contains(";Opleidingsbudget Bouw;Werkgever;;150.00;EUR;SPEND;");
        assertThat(lines.get(3))
                .isEqualTo(today + ";Storting door uw werkgever;Opleidingsbudget Bouw;Werkgever;800.00;;EUR;DEPOSIT;"
                        + lines.get(3).substring(lines.get(3).lastIndexOf(';') + 1));
        assertThat(lines.get(4))
                .contains(";Leerrecht bijgeschreven;Leerrecht;Leerrecht;")
                .contains(";EUR;DEPOSIT;");
        // The API gives the same file when asked for CSV.
        Api.Download api = annaApi.download("/api/v1/overview/statement", "Accept", "text/csv");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.contentType()).startsWith("text/csv");
        assertThat(new String(api.body(), StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n", lines) + "\r\n");
    }

    @Test
    void providerStaffAreRefusedOnTheApiAndSentToTheirOwnStartOnThePage() {
        Api.Response overview = provider.get("/api/v1/overview");
        Api.Response statement = provider.get("/api/v1/overview/statement");
        Api.Download page = provider.download("/overzicht");
        Api.Download file = provider.download("/overzicht/afschrift.csv");

        assertThat(overview.status()).isEqualTo(403);
        assertThat(overview.isProblem()).isTrue();
        assertThat(statement.status()).isEqualTo(403);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/start");
        assertThat(file.status()).isEqualTo(302);
        assertThat(file.location()).endsWith("/start");
    }

    @Test
    void anAdviserWithAMandateSeesTheCitizensOverviewAndWithoutOneNothing() {
        String[] actingFor = {Actors.ACTING_FOR, anna.value().toString()};

        Api.Response overview = adviser.get("/api/v1/overview", actingFor);
        Api.Download page = adviser.download("/overzicht", actingFor);
        Api.Response alone = adviser.get("/api/v1/overview");
        Api.Download alonePage = adviser.download("/overzicht");
        Api.Download aloneFile = adviser.download("/api/v1/overview/statement", "Accept", "text/csv");

        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        assertThat(overview.body().get("personId").asString())
                .isEqualTo(anna.value().toString());
        assertThat(sources(overview.body().get("budgets"))).containsExactly("LEARNING_RIGHT", "SCHEME", "EMPLOYER");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.status()).isEqualTo(200);
        assertThat(html)
                .contains("U bekijkt het overzicht van Testpersoon, die u machtiging heeft gegeven.")
                .contains("Opleidingsbudget Bouw")
                .doesNotContain("Wie mag voor u handelen?");
        assertThat(alone.status()).isEqualTo(404);
        assertThat(alone.isProblem()).isTrue();
        assertThat(aloneFile.status()).isEqualTo(404);
        assertThat(alonePage.status()).isEqualTo(200);
        assertThat(new String(alonePage.body(), StandardCharsets.UTF_8))
                .contains("alleen zien voor iemand die u machtiging heeft gegeven")
                .doesNotContain("Opleidingsbudget Bouw");
    }

    @Test
    void aCitizenTheBasisregistratiesDoNotKnowIsToldWhyForEveryWindow() {
        String username =
                "onbekend-" + Long.toString(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L), 36);
        citizen(username);
        Api stranger = new Api(port).as(tokens.of(username));

        JsonNode overview = stranger.get("/api/v1/overview").body();
        String html = new String(stranger.download("/overzicht").body(), StandardCharsets.UTF_8);

        assertThat(overview.get("budgets").size()).isZero();
        assertThat(overview.get("statement").get("totalItems").asLong()).isZero();
        JsonNode ours = windowIn(overview, window);
        assertThat(ours.get("mayQualify").asBoolean()).isFalse();
        assertThat(ours.get("reasons").get(0).get("ruleId").asString()).isEqualTo("S0");
        assertThat(html).contains("U heeft nog geen budgetten", "(regel S0)", "U heeft nog niets aangevraagd");
    }

    @Test
    void aCitizensStartPageIsTheOverview() {
        Api.Download start = annaApi.download("/start");

        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).endsWith("/overzicht");
    }

    // ---------------------------------------------------------------- set-up

    /** A person in the registry with a citizen's login of their own, as the identity provider would link it. */
    private PersonId citizen(String username) {
        SystemActor.install();
        try {
            PersonId person = TestPeople.register(people);
            users.save(
                    new User(UUID.randomUUID(), "Testburger " + username, person, null, Set.of(Role.CITIZEN)),
                    properties.devIssuer(),
                    new Pseudonyms(properties.pseudonymKeyBytes()).pairwise(properties.sector(), username),
                    Instant.now());
            return person;
        } finally {
            SystemActor.clear();
        }
    }

    /** An employer's deposit into a new compartment of Anna's learning account, valid until the day given. */
    private AccountId employerDeposit(String marker, long cents, LocalDate validUntil) {
        AccountId funder = AccountId.derived("overview-it/employer/" + marker);
        AccountId compartment = AccountId.derived("overview-it/employer-budget/" + marker);
        execute(new LedgerCommand(
                CommandId.derived("overview-it/employer/" + marker),
                List.of(
                        new OpenAccount(
                                funder,
                                AccountKind.FUNDER,
                                Unit.EUR,
                                "Bouwbedrijf " + marker,
                                false,
                                FunderType.EMPLOYER,
                                null),
                        OpenAccount.compartment(
                                compartment,
                                Unit.EUR,
                                new CompartmentTerms(
                                        LearningAccountId.of(anna),
                                        funder,
                                        "Opleidingsbudget Bouw",
                                        CompartmentConditions.NONE,
                                        null,
                                        validUntil,
                                        ExpiryRule.RETURN_TO_FUNDER))),
                List.of(
                        new TransferOrder.Move(
                                SystemAccounts.settlement(Unit.EUR), funder, 10_000_00, TransferCode.TOP_UP, null),
                        new TransferOrder.Move(funder, compartment, cents, TransferCode.DEPOSIT, null))));
        return compartment;
    }

    /** Pays a short course of a new provider from the compartment, as a booking would. */
    private void spend(AccountId compartment, long cents) {
        SystemActor.install();
        Trainings.Training training;
        try {
            training = new Trainings(register, ledger).shortCourse();
        } finally {
            SystemActor.clear();
        }
        execute(LedgerCommand.of(
                CommandId.random(),
                new TransferOrder.Move(
                        compartment, training.payable(), cents, TransferCode.SPEND, "Cursus", training.offeringId())));
    }

    private void execute(LedgerCommand command) {
        SystemActor.install();
        try {
            CommandResult result = ledger.execute(command);
            assertThat(result).as(result.toString()).isInstanceOf(CommandResult.Executed.class);
        } finally {
            SystemActor.clear();
        }
    }

    /** A recognised mbo certificate that STAP pays for in full, starting on 1 September 2027. */
    private String offering() {
        SystemActor.install();
        try {
            return new Trainings(register, ledger)
                    .admitted(OfferingType.MBO_CERTIFICATE, true, List.of("techniek"))
                    .offeringId();
        } finally {
            SystemActor.clear();
        }
    }

    /** A STAP window of this test, open now, funded by a state budget line of its own. */
    private UUID stapWindow(String marker) {
        String schemeId = "overzicht-" + marker;
        Api.Response defined = agency.postText(
                "/api/v1/schemes",
                "text/plain",
                Scheme.builtInText(Scheme.STAP_2022).replace("id = stap-2022", "id = " + schemeId));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        AccountId funder = AccountId.derived("overview-it/state/" + marker);
        execute(new LedgerCommand(
                CommandId.derived("overview-it/state/" + marker),
                List.of(new OpenAccount(
                        funder, AccountKind.FUNDER, Unit.EUR, "Rijk " + marker, false, FunderType.STATE, null)),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR), funder, 1_000_000, TransferCode.TOP_UP, null))));
        Instant now = Instant.now();
        var window = new LinkedHashMap<String, Object>();
        window.put("schemeId", schemeId);
        window.put("code", "O" + marker.toUpperCase());
        window.put("name", "Overzicht " + marker);
        window.put("opensAt", now.minus(Duration.ofMinutes(1)).toString());
        window.put("closesAt", now.plus(Duration.ofDays(1)).toString());
        window.put("budget", "10000");
        window.put("allocation", "FIRST_COME");
        window.put("funderAccountId", funder.value());
        window.put("targetGroups", List.of(Map.of("group", "mbo", "upToLevel", "MBO_4", "reserved", "1000")));
        Api.Response opened = agency.post("/api/v1/scheme-windows", window);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return UUID.fromString(opened.body().get("id").asString());
    }

    private static Map<String, Object> history(String birthDate, String compact) {
        List<Map<String, Object>> periods = List.of(compact.split(";")).stream()
                .map(EducationPeriod::parse)
                .map(p -> Map.<String, Object>of(
                        "track", p.track().code(),
                        "start", p.start().toString(),
                        "end", p.end().toString(),
                        "publiclyFunded", p.publiclyFunded(),
                        "diploma", p.diploma()))
                .toList();
        return Map.of("birthDate", birthDate, "periods", periods);
    }

    private static List<String> sources(JsonNode groups) {
        List<String> sources = new ArrayList<>();
        groups.forEach(group -> sources.add(group.get("source").asString()));
        return sources;
    }

    private static JsonNode group(JsonNode overview, String source) {
        for (JsonNode group : overview.get("budgets")) {
            if (group.get("source").asString().equals(source)) {
                return group.get("compartments");
            }
        }
        throw new AssertionError("no group " + source + " in " + overview);
    }

    private static JsonNode windowIn(JsonNode overview, UUID id) {
        for (JsonNode window : overview.get("schemeWindows")) {
            if (window.get("windowId").asString().equals(id.toString())) {
                return window;
            }
        }
        throw new AssertionError("no window " + id + " in " + overview.get("schemeWindows"));
    }
}
