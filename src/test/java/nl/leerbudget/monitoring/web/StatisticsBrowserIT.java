package nl.leerbudget.monitoring.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The analyst's statistics page in a real browser without JavaScript: noor sees how many people hold a grant by
 * education level, with the small cells hidden and marked with their rule, in the table and in the chart, and
 * downloads the same table as a CSV file. No serious or critical accessibility problem (axe-core).
 *
 * <p>Before, a citizen of this test's own (mbo 3, born in 1970) gets a grant in a scheme and window of this test's
 * own, so that at least one person holds a grant; a cell of fewer than ten people is then hidden.
 */
@IntegrationTest
class StatisticsBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("StatisticsBrowserIT");

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    Ledger ledger;

    @Autowired
    PersonRegistry people;

    @Autowired
    Users users;

    @BeforeEach
    void requireBrowserAndAGrant() {
        Tokens tokens = new Tokens(encoder, properties);
        Api agency = new Api(port).as(tokens.of("els"));
        String marker = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36);
        SystemActor.install();
        TestPeople.Login citizen;
        try {
            citizen = TestPeople.citizen(people, users, properties, "Statistiek " + marker);
            ledger.openLearningAccount(java.util.Objects.requireNonNull(citizen.person()));
        } finally {
            SystemActor.clear();
        }
        Api person = new Api(port).as(tokens.of(citizen.username()));
        Api.Response facts = agency.post(
                "/api/v1/applicant-facts",
                Map.of(
                        "applicants",
                        List.of(Map.of(
                                "personId",
                                java.util.Objects.requireNonNull(citizen.person())
                                        .value(),
                                "birthDate",
                                "1970-06-01",
                                "labourMarketTie",
                                true,
                                "educationLevel",
                                "MBO_3"))));
        assertThat(facts.status()).as(facts.toString()).isEqualTo(200);
        String schemeId = "statistiek-" + marker;
        Api.Response defined = agency.postText(
                "/api/v1/schemes",
                "text/plain",
                Scheme.builtInText(Scheme.STAP_2022).replace("id = stap-2022", "id = " + schemeId));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        AccountId funder = AccountId.derived("test/statistics-funder/" + marker);
        SystemActor.install();
        try {
            CommandResult opened = ledger.execute(new LedgerCommand(
                    CommandId.derived("test/statistics-funder/" + marker),
                    List.of(new OpenAccount(
                            funder, AccountKind.FUNDER, Unit.EUR, "Test funder", false, FunderType.STATE, null)),
                    List.of(new TransferOrder.Move(
                            SystemAccounts.settlement(Unit.EUR), funder, 1_000_000, TransferCode.TOP_UP, null))));
            assertThat(opened).isInstanceOf(CommandResult.Executed.class);
        } finally {
            SystemActor.clear();
        }
        String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("schemeId", schemeId);
        window.put("code", code);
        window.put("name", "Test " + code);
        window.put("opensAt", Instant.now().minus(Duration.ofMinutes(1)).toString());
        window.put("closesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        window.put("budget", "10000");
        window.put("allocation", "FIRST_COME");
        window.put("funderAccountId", funder.value());
        window.put("targetGroups", List.of());
        Api.Response openedWindow = agency.post("/api/v1/scheme-windows", window);
        assertThat(openedWindow.status()).as(openedWindow.toString()).isEqualTo(201);
        Api.Response found = new Api(port).get("/api/v1/catalogue?pageSize=100&q=Elektrotechniek+installeren");
        String offering = null;
        for (JsonNode item : found.body().get("items")) {
            if (item.get("providerId").asString().equals(Demo.ROC.toString())) {
                offering = item.get("id").asString();
            }
        }
        assertThat(offering).as("the demo offering of the ROC").isNotNull();
        Api.Response applied = person.post(
                "/api/v1/scheme-windows/" + openedWindow.body().get("id").asString() + "/applications",
                Map.of(
                        "requestId", UUID.randomUUID(),
                        "offeringId", offering,
                        "plannedStart", LocalDate.now(Ledger.ZONE).plusDays(7).toString()));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.body().get("status").asString()).isEqualTo("GRANTED");
    }

    @Test
    void theAnalystSeesUptakeByEducationLevelWithHiddenCellsMarkedAndDownloadsTheCsv() throws IOException {
        try (Session session = BROWSER.newSession(false)) {
            Page page = session.page();
            page.navigate(url("/start"));
            page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))
                    .fill("noor");
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                    .fill(DemoIdentities.PASSWORD);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Inloggen").setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Statistiek").setExact(true))
                    .first()
                    .click();
            page.waitForURL(url("/statistiek"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Statistiek: wie krijgt het geld?");

            Locator table = page.locator("#gebruik-naar-opleidingsniveau");
            assertThat(table.locator("tbody th[scope=row]")).hasCount(9);
            assertThat(table).containsText("mbo 4, havo of vwo");
            Locator hidden = table.locator("td.hidden-cell");
            assertThat(hidden.first()).containsText("✕ D1");
            assertThat(hidden.first()).containsText("verborgen, regel D1");
            assertThat(page.locator("svg.chart title")).hasText("Personen met een subsidie per opleidingsniveau");
            assertThat(page.locator("svg.chart")).containsText("✕ D1");
            assertThat(page.locator("dl.rules")).containsText("Minder dan het minimum aantal personen.");
            session.assertAccessible("the statistics page (noor)");

            Download download = page.waitForDownload(() -> page.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Download de tabel als CSV-bestand"))
                    .click());
            assertThat(download.suggestedFilename()).isEqualTo("gebruik-naar-opleidingsniveau.csv");
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertThat(lines.getFirst()).isEqualTo("opleidingsniveau,leeftijd,aantal_personen,verborgen,regel,reden");
            assertThat(lines).hasSize(1 + 10 * 4);
            assertThat(lines).anySatisfy(line -> assertThat(line).contains(",,ja,D1,"));
            assertThat(lines).noneSatisfy(line -> assertThat(line).matches(".*,[1-9],nee,.*"));

            // Another table on its own page: the grant amounts per window, with the budget burn beside it.
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Bedrag van de subsidies, per aanvraagtijdvak en wat ermee gebeurde"))
                    .click();
            page.waitForURL(url("/statistiek/subsidiebedrag-naar-tijdvak"));
            Locator windows = page.locator("#subsidiebedrag-naar-tijdvak");
            assertThat(windows.locator("thead th")).containsText(new String[] {
                "Aanvraagtijdvak",
                "toegekend, nog niet begonnen",
                "begonnen",
                "ingetrokken",
                "vervallen, niet gebruikt",
                "Totaal"
            });
            assertThat(windows.locator("td.hidden-cell").first()).containsText("✕ D");
            assertThat(page.locator("#budget-per-tijdvak tbody tr").first()).isVisible();
            assertThat(page.locator("p.hint").nth(1)).containsText("Publicatie");
            session.assertAccessible("the statistics page of grant amounts per window (noor)");
            session.assertNoBrowserErrors();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
