package nl.leerbudget.overview.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.button;
import static nl.leerbudget.support.OnPage.heading;
import static nl.leerbudget.support.OnPage.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.DutchText;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestClock;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * The Leeroverzicht from start to settlement in a real browser (Chromium through Playwright), once with JavaScript and
 * once without, with an accessibility scan (axe-core: no serious or critical problem) of every page on the way. A
 * demo citizen with a learning right and an employer budget gets a STAP grant on the scheme's page and sees all three
 * on "Mijn leerbudget"; finds the ROC's electrical course in the catalogue, asks what it costs him, sees which budget
 * pays what and why his learning right does not (rule P1: it can be used from 1 January 2027), and books it. The
 * provider (marieke, ROC Midden Nederland) accepts on its bookings page and, on the start date, reports the start; the
 * citizen's statement then shows the payments to the provider.
 *
 * <p>The citizen is Kees, not Fatima, the demo's citizen with a learning right and an employer budget, because other
 * tests count hers: {@code ProbesIT} holds € 10 of her employer budget of € 1.500, which the two bookings here (€ 850
 * each) would use up, and {@code SchemesIT} and {@code PayoutIT} leave her grants of their own for this very course,
 * which would change her plan with the order of the tests. The only other test that counts Kees's compartments,
 * {@code FinancingPlanIT}, plans courses of its own, which the compartments made here (used up by the end) do not pay
 * for. So each run makes what it needs: the demo employer deposits a budget of € 500 for him through its API (Kees
 * has none in the demo), and a window of a STAP scheme of this test alone is open for the grant (a scheme gives one
 * grant a year, so the demo window could give him only one). The two runs book the course's two start dates.
 *
 * <p>The start can only be reported from the start date on, so the test clock is moved to that day for that step.
 * Logins, sessions and access tokens do not depend on the application's clock: the provider's session goes on, an
 * access token of the API is accepted, and the citizen logs in anew, all on the moved clock.
 *
 * <p>axe-core is a script, so without JavaScript it scans a copy of each page in a page that runs scripts (see
 * {@link Browser.Session#assertAccessible}).
 */
@IntegrationTest
class LeeroverzichtBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("LeeroverzichtBrowserIT");

    private static final String CITIZEN = "kees";
    private static final String PROVIDER_USER = "marieke";
    private static final String COURSE = "Mbo-certificaat Elektrotechniek: installeren";
    private static final String PROVIDER = "ROC Midden Nederland";

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    Ledger ledger;

    @Autowired
    TestClock clock;

    String marker;
    String employerBudget;
    String windowName;
    UUID window;

    @BeforeEach
    void requireBrowserAndPrepare() {
        marker = Long.toString(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L), 36);
        employerBudget = depositEmployerBudget();
        window = openWindow();
    }

    @AfterEach
    void closeWindow() {
        clock.reset();
        if (window != null) {
            Api.Response closed = as("els").post("/api/v1/scheme-windows/" + window + "/closing", Map.of());
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        }
    }

    @Test
    void withJavaScript() {
        flow(true, LocalDate.of(2027, 2, 1));
    }

    @Test
    void withoutJavaScript() {
        flow(false, LocalDate.of(2027, 9, 1));
    }

    private void flow(boolean javaScript, LocalDate start) {
        String startText = DutchText.date(start);
        try (Session citizen = BROWSER.newSession(javaScript);
                Session provider = BROWSER.newSession(javaScript)) {
            Page page = citizen.page();
            logIn(citizen, CITIZEN, true);
            page.waitForURL(url("/overzicht"));
            assertThat(heading(page)).hasText("Mijn leerbudget");
            assertThat(page.locator("#budgetten-learning_right")).containsText("te gebruiken vanaf 1 januari 2027");
            assertThat(row(page.locator("#budgetten-employer"), employerBudget)).containsText("€ 500,00");
            int grantsBefore = unusedGrants(page).count();
            citizen.assertAccessible("Mijn leerbudget before the grant");

            // The grant: from the overview to the window, "Kan ik meedoen?", and applying for the course's start.
            link(page, "Bekijk " + windowName + " en vraag aan").click();
            page.waitForURL(url("/regelingen/" + window));
            assertThat(heading(page)).hasText(windowName);
            citizen.assertAccessible("the window's application form");
            page.getByLabel("Staat uw opleiding er niet bij? Zoek op naam").fill("Elektrotechniek installeren");
            button(page, "Zoeken").click();
            page.waitForURL(Pattern.compile(".*zoek=.*"));
            citizen.assertAccessible("the window's application form after a search");
            page.getByLabel("Opleiding", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(COURSE + " (" + PROVIDER + ")"));
            button(page, "Kan ik meedoen?").click();
            assertThat(page.locator("#uitkomst")).containsText("Ja, u kunt meedoen");
            assertThat(page.locator("#uitkomst-bedrag")).hasText("€ 1.000");
            citizen.assertAccessible("the answer to 'Kan ik meedoen?'");
            page.getByLabel("Wanneer wilt u beginnen?").selectOption(new SelectOption().setLabel(startText));
            button(page, "Aanvragen").click();
            page.waitForURL(Pattern.compile(".*/regelingen/" + window + "\\?ontvangst=[0-9a-f-]{36}$"));
            assertThat(heading(page)).hasText("Uw aanvraag is ontvangen");
            assertThat(page.locator("#besluit")).containsText("Besluit: Toegekend");
            assertThat(page.locator("#besluit-bedrag")).hasText("€ 1.000");
            String receipt = page.locator("#ontvangstnummer").textContent().strip();
            citizen.assertAccessible("the receipt of the grant");

            // All three on the overview: the learning right (not yet), the grant and the employer budget.
            menu(page, "Start").click();
            page.waitForURL(url("/overzicht"));
            assertThat(page.locator("#bron-learning_right")).hasText("Leerrecht");
            assertThat(page.locator("#budgetten-learning_right")).containsText("te gebruiken vanaf 1 januari 2027");
            assertThat(page.locator("#bron-scheme")).hasText("Subsidie uit een regeling");
            // A grant's budget is named after its scheme; this one is the one more with € 1.000 to spend.
            assertThat(unusedGrants(page)).hasCount(grantsBefore + 1);
            assertThat(page.locator("#bron-employer")).hasText("Werkgever");
            assertThat(row(page.locator("#budgetten-employer"), employerBudget)).containsText("€ 500,00");
            assertThat(row(page.locator("#aanvragen"), receipt)).containsText("Toegekend");
            citizen.assertAccessible("Mijn leerbudget with the three budgets");

            // The course in the catalogue, and what it costs him.
            menu(page, "Opleidingen").click();
            page.waitForURL(url("/opleidingen"));
            citizen.assertAccessible("the catalogue");
            page.getByLabel("Zoekwoorden", new Page.GetByLabelOptions().setExact(true))
                    .fill("Elektrotechniek installeren");
            button(page, "Zoeken").click();
            page.waitForURL(Pattern.compile(".*/opleidingen\\?q=.*"));
            citizen.assertAccessible("the catalogue's search results");
            page.locator("li.hit")
                    .filter(new Locator.FilterOptions().setHasText("Aanbieder: " + PROVIDER + "."))
                    .getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName(COURSE).setExact(true))
                    .click();
            page.waitForURL(Pattern.compile(".*/opleidingen/[0-9a-f-]{36}$"));
            assertThat(heading(page)).hasText(COURSE);
            citizen.assertAccessible("the course's page");
            link(page, "Wat kost deze opleiding mij? Bekijk welke budgetten betalen")
                    .click();
            page.waitForURL(Pattern.compile(".*/opleidingen/[0-9a-f-]{36}/wat-kost-dit-mij$"));
            assertThat(heading(page)).hasText("Wat kost dit mij?");
            citizen.assertAccessible("'Wat kost dit mij?' before choosing a start");
            page.getByLabel("Wanneer wilt u beginnen?").selectOption(new SelectOption().setLabel(startText));
            button(page, "Uitrekenen").click();
            page.waitForURL(Pattern.compile(".*/wat-kost-dit-mij\\?start=" + start + "$"));
            Locator plan = page.locator("#plan");
            assertThat(row(plan, "Subsidie uit een regeling")).containsText("€ 1.000,00");
            assertThat(row(plan, employerBudget)).containsText("€ 500,00");
            assertThat(row(plan, "U zelf: wat de potjes niet kunnen betalen")).containsText("€ 350,00");
            assertThat(page.locator("#zelf-betalen")).hasText("€ 350,00");
            Locator learningRight = page.locator("#niet-betalen li")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*Leerrecht:")));
            assertThat(learningRight).containsText("U kunt dit potje nu nog niet gebruiken. Het gaat later in.");
            assertThat(learningRight).containsText("(regel P1)");
            citizen.assertAccessible("the plan: who pays what, and who does not");

            button(page, "Boek deze opleiding").click();
            page.waitForURL(Pattern.compile(".*/boekingen/[0-9a-f-]{36}$"));
            String booking = page.url().replaceFirst(".*/boekingen/", "");
            assertThat(heading(page)).hasText(COURSE);
            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText("U heeft de opleiding geboekt. Het geld staat voor u vast.");
            assertThat(page.locator("#stand")).hasText("Aangevraagd, wacht op de aanbieder");
            assertThat(row(page.locator("#betalingen"), employerBudget)).containsText("staat vast");
            String code = page.locator(".lead").textContent().replaceFirst("(?s).*Boeking (B-[0-9A-F]{12}).*", "$1");
            assertThat(code).matches("B-[0-9A-F]{12}");
            citizen.assertAccessible("the booking, requested");

            // The provider accepts on its own pages.
            Page roc = provider.page();
            logIn(provider, PROVIDER_USER, false);
            assertThat(heading(roc)).hasText("Opleidersportaal");
            provider.assertAccessible("the provider's start page");
            menu(roc, "Boekingen").click();
            roc.waitForURL(url("/aanbieder/boekingen"));
            assertThat(heading(roc)).hasText("Boekingen");
            Locator article = roc.locator("#boeking-" + booking);
            assertThat(article.getByRole(AriaRole.HEADING)).hasText(COURSE + " (" + code + ")");
            assertThat(article).containsText("Aangevraagd, wacht op de aanbieder");
            provider.assertAccessible("the provider's bookings, one to answer");
            // Every booking has its buttons; their names say for which one.
            button(roc, "Accepteren boeking " + code).click();
            roc.waitForURL(url("/aanbieder/boekingen#boeking-" + booking));
            assertThat(roc.getByRole(AriaRole.STATUS)).hasText("U heeft de boeking geaccepteerd.");
            assertThat(article).containsText("Geaccepteerd door de aanbieder");
            provider.assertAccessible("the provider's bookings, one accepted");

            // On the start date the provider reports the start, in the session it logged in with before.
            clock.set(start.atTime(LocalTime.of(10, 0)).atZone(Ledger.ZONE).toInstant());
            try {
                roc.navigate(url("/aanbieder/boekingen"));
                assertThat(roc).hasURL(url("/aanbieder/boekingen"));
                assertThat(article.getByLabel("Begonnen op", new Locator.GetByLabelOptions().setExact(true)))
                        .hasValue(start.toString());
                button(roc, "Start melden boeking " + code).click();
                roc.waitForURL(url("/aanbieder/boekingen#boeking-" + booking));
                assertThat(roc.getByRole(AriaRole.STATUS))
                        .hasText("U heeft de start gemeld. Het geld komt in de volgende uitbetaling.");
                assertThat(article).containsText("Gestart");
                provider.assertAccessible("the provider's bookings, one started");
                provider.assertNoBrowserErrors();

                // So does an access token of the API: tokens are checked against the system's clock, not the
                // application's.
                Api.Response api = as(CITIZEN).get("/api/v1/bookings/" + booking);
                assertThat(api.status()).as(api.toString()).isEqualTo(200);
                assertThat(api.body().get("state").asString()).isEqualTo("STARTED");
                // A new login works on the moved clock too: the citizen sees his booking started.
                try (Session later = BROWSER.newSession(javaScript)) {
                    Page again = later.page();
                    logIn(later, CITIZEN, false);
                    again.waitForURL(url("/overzicht"));
                    assertThat(again.locator("#budgetten-learning_right")).not().containsText("te gebruiken vanaf");
                    later.assertAccessible("Mijn leerbudget on the start date");
                    row(again.locator("#boekingen"), COURSE, startText)
                            .getByRole(AriaRole.LINK)
                            .click();
                    again.waitForURL(url("/boekingen/" + booking));
                    assertThat(again.locator("#stand")).hasText("Gestart");
                    later.assertAccessible("the booking on the start date");
                    later.assertNoBrowserErrors();
                }
            } finally {
                clock.reset();
            }

            // Back on today's clock, in the session he had: the booking is paid, and the statement says to whom.
            page.navigate(url("/boekingen/" + booking));
            assertThat(page.locator("#stand")).hasText("Gestart");
            assertThat(row(page.locator("#betalingen"), employerBudget)).containsText("€ 500,00");
            assertThat(page.locator("#volgende-stap"))
                    .hasText("U volgt de opleiding. Het geld is naar de aanbieder gegaan.");
            citizen.assertAccessible("the booking, started");
            menu(page, "Start").click();
            page.waitForURL(url("/overzicht"));
            // The statement: both payments to the provider, on the day of the start.
            Locator statement = page.locator("#afschrift");
            assertThat(row(statement, startText, "Betaald aan " + PROVIDER, employerBudget))
                    .containsText("€ 500,00");
            assertThat(row(statement, startText, "Betaald aan " + PROVIDER, "STAP-budget 2022"))
                    .containsText("€ 1.000,00");
            assertThat(row(page.locator("#boekingen"), COURSE, startText)).containsText("Gestart");
            // Te besteden, gereserveerd, uitgegeven (amounts have a no-break space).
            assertThat(row(page.locator("#budgetten-employer"), employerBudget))
                    .hasText(Pattern.compile("€\\s0,00\\s*€\\s0,00\\s*€\\s500,00"));
            citizen.assertAccessible("Mijn leerbudget with the settlement");
            citizen.assertNoBrowserErrors();
        }
    }

    /** € 500 from the demo employer into a new compartment of Kees, through the employer's own API. */
    private String depositEmployerBudget() {
        String label = "Opleidingsbudget werkgever " + marker;
        Map<String, Object> compartment = new LinkedHashMap<>();
        compartment.put("label", label);
        compartment.put("validUntil", "2027-12-31");
        compartment.put("expiryRule", "RETURN_TO_FUNDER");
        Api.Response deposited = as("peter")
                .post(
                        "/api/v1/learning-accounts/" + LearningAccountId.of(Demo.KEES) + "/deposits",
                        Map.of(
                                "id",
                                UUID.randomUUID().toString(),
                                "funderAccountId",
                                Demo.EMPLOYER.toString(),
                                "amount",
                                "500.00",
                                "compartment",
                                compartment));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
        return label;
    }

    /** An open first-come window of a STAP scheme of this run alone, funded by a funder of its own. */
    private UUID openWindow() {
        Api agency = as("els");
        String schemeId = "overzicht-" + marker;
        Api.Response defined = agency.postText(
                "/api/v1/schemes",
                "text/plain",
                Scheme.builtInText(Scheme.STAP_2022).replace("id = stap-2022", "id = " + schemeId));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        AccountId funder = AccountId.derived("overzicht/funder/" + marker);
        SystemActor.install();
        try {
            CommandResult opened = ledger.execute(new LedgerCommand(
                    CommandId.derived("overzicht/funder/" + marker),
                    List.of(new OpenAccount(
                            funder, AccountKind.FUNDER, Unit.EUR, "Proeffinancier", false, FunderType.STATE, null)),
                    List.of(new TransferOrder.Move(
                            SystemAccounts.settlement(Unit.EUR), funder, 1_000_000, TransferCode.TOP_UP, null))));
            assertThat(opened).isInstanceOf(CommandResult.Executed.class);
        } finally {
            SystemActor.clear();
        }
        windowName = "STAP-budget: proeftijdvak " + marker;
        Instant now = Instant.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemeId", schemeId);
        body.put("code", "O" + marker.toUpperCase(java.util.Locale.ROOT));
        body.put("name", windowName);
        body.put("opensAt", now.minus(Duration.ofMinutes(1)).toString());
        body.put("closesAt", now.plus(Duration.ofDays(1)).toString());
        body.put("budget", "10000");
        body.put("allocation", "FIRST_COME");
        body.put("funderAccountId", funder.value());
        body.put("targetGroups", List.of(Map.of("group", "mbo", "upToLevel", "MBO_4", "reserved", "1000")));
        Api.Response opened = agency.post("/api/v1/scheme-windows", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return UUID.fromString(opened.body().get("id").asString());
    }

    private Api as(String username) {
        return new Api(port).as(new Tokens(encoder, properties).of(username));
    }

    /** Logs in through the development identity provider's login page, scanned if asked (it is the same each time). */
    private void logIn(Session session, String username, boolean scan) {
        Page page = session.page();
        page.navigate(url("/start"));
        assertThat(page).hasURL(url("/inloggen"));
        if (scan) {
            session.assertAccessible("the login page");
        }
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))
                .fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill(DemoIdentities.PASSWORD);
        button(page, "Inloggen").click();
        // A citizen's start page is their overview; staff have a start page of their own.
        page.waitForURL(address -> address.equals(url("/start")) || address.equals(url("/overzicht")));
    }

    /** The rows of the overview's grants with all of their € 1.000 still to spend (amounts have a no-break space). */
    private static Locator unusedGrants(Page page) {
        return page.locator("#budgetten-scheme tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHasText(
                                Pattern.compile("^\\s*STAP-budget 2022\\s*€\\s1\\.000,00\\s*€\\s0,00\\s*€\\s0,00")));
    }

    /** The rows of a table that contain all these texts. */
    private static Locator row(Locator table, String... texts) {
        Locator rows = table.locator("tr");
        for (String text : texts) {
            rows = rows.filter(new Locator.FilterOptions().setHasText(text));
        }
        return rows;
    }

    private static Locator menu(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
