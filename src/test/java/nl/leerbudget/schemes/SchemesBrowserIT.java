package nl.leerbudget.schemes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.button;
import static nl.leerbudget.support.OnPage.heading;
import static nl.leerbudget.support.OnPage.link;
import static nl.leerbudget.support.OnPage.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scheme pages in a real browser (Chromium through Playwright): a demo citizen checks and applies in the open demo
 * window STAP-DEMO and reads the decision with the receipt number; the scheme administrator sees the schemes and
 * windows, is told every problem of a scheme text, opens a window of their own, closes it, watches STAP-DEMO
 * live and makes a payout run. The citizen then withdraws her grant. Every page has no serious or critical accessibility problem (axe-core).
 *
 * <p>The citizen is sanne: other tests apply as fatima and jan in windows of their own, and the scheme allows one
 * grant a year, so sanne's grant here depends on no other test. The browser plumbing is that of
 * {@code LoginBrowserIT}: Debian's Chromium, never a downloaded one.
 */
@IntegrationTest
class SchemesBrowserIT {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @RegisterExtension
    static final Browser BROWSER = new Browser("SchemesBrowserIT");

    private static final String DEMO_WINDOW = "STAP-budget: demonstratietijdvak";
    private static final String DATA_ANALYSIS = "Microcredential Data-analyse met Python (Open Universiteit)";

    @LocalServerPort
    int port;

    @Test
    void aCitizenChecksAppliesAndReadsTheDecisionWithTheReceiptNumber() {
        try (Session session = BROWSER.newSession()) {
            Page page = session.page();
            logIn(page, port, "sanne");
            link(page, "Regelingen: geld aanvragen voor een opleiding, zoals het STAP-budget")
                    .click();
            page.waitForURL(url("/regelingen"));
            assertThat(heading(page)).hasText("Regelingen");
            assertThat(page.locator("main")).containsText(DEMO_WINDOW);
            assertThat(page.locator("main")).containsText("tot hoogstens € 1.000");
            assertThat(page.locator("main")).containsText("U heeft nog niets aangevraagd.");
            Browser.assertAccessible(page, "the open windows (sanne)");

            link(page, "Bekijk " + DEMO_WINDOW + " en vraag aan").click();
            page.waitForURL(Pattern.compile(".*/regelingen/[0-9a-f-]{36}$"));
            assertThat(heading(page)).hasText(DEMO_WINDOW);
            Browser.assertAccessible(page, "the application form of STAP-DEMO");

            // The catalogue narrows the choice; the form is a plain GET form.
            page.getByLabel("Staat uw opleiding er niet bij? Zoek op naam").fill("Python");
            button(page, "Zoeken").click();
            page.waitForURL(Pattern.compile(".*zoek=Python.*"));
            page.getByLabel("Opleiding", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(DATA_ANALYSIS));

            button(page, "Kan ik meedoen?").click();
            Locator outcome = page.locator("#uitkomst");
            assertThat(outcome).containsText("Ja, u kunt meedoen");
            assertThat(page.locator("#uitkomst-bedrag")).hasText("€ 950");
            assertThat(page.getByLabel("Opleiding", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(Pattern.compile("[0-9a-f-]{36}"));
            Browser.assertAccessible(page, "the answer to 'Kan ik meedoen?'");

            // Applying needs a start date, and only one of the offering's own: the field says so.
            Locator start = page.getByLabel("Wanneer wilt u beginnen?");
            assertThat(start.locator("option")).hasText(new String[] {"Kies een startdatum", "1 maart 2027"});
            button(page, "Aanvragen").click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies wanneer u wilt beginnen.");
            assertThat(page.locator("#start-fout")).containsText("Kies wanneer u wilt beginnen.");
            assertThat(start).hasAttribute("aria-invalid", "true");
            Browser.assertAccessible(page, "a field error on the start date");

            // A day the offering does not start on (sent as a changed form would send it) is refused, in words.
            start.evaluate("select => { select.add(new Option('1 januari 2031', '2031-01-01')); select.value ="
                    + " '2031-01-01'; }");
            button(page, "Aanvragen").click();
            assertThat(page.locator("#start-fout"))
                    .containsText(
                            "De opleiding begint niet op 1 januari 2031. Kies een van de startdata van de opleiding.");

            start.selectOption(new SelectOption().setLabel("1 maart 2027"));
            button(page, "Aanvragen").click();
            page.waitForURL(Pattern.compile(".*/regelingen/[0-9a-f-]{36}\\?ontvangst=[0-9a-f-]{36}$"));
            assertThat(heading(page)).hasText("Uw aanvraag is ontvangen");
            Locator receipt = page.locator("#ontvangstnummer");
            assertThat(receipt).hasText(Pattern.compile("STAP-DEMO-\\d{6}"));
            Locator decision = page.locator("#besluit");
            assertThat(decision).containsText("Besluit: Toegekend");
            assertThat(page.locator("#besluit-bedrag")).hasText("€ 950");
            assertThat(decision).containsText("alleen gebruiken voor deze opleiding");
            assertThat(page.locator("#vervalt")).containsText(Pattern.compile("\\d{1,2} [a-z]+ \\d{4}"));
            Browser.assertAccessible(page, "the receipt with the decision");
            String receiptNumber = receipt.textContent();
            String windowId = page.url().replaceFirst(".*/regelingen/([0-9a-f-]{36}).*", "$1");
            // Applying on the page is an act like applying through the API: in the audit trail, with sanne as actor.
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(pageActions("sanne", "POST /regelingen/{windowId}"))
                            .anySatisfy(subject -> assertThat(subject).isEqualTo("windowId=" + windowId)));

            link(page, "Bekijk al uw aanvragen").click();
            page.waitForURL(url("/regelingen"));
            Locator mine = page.locator("#mijn-aanvragen tbody tr");
            assertThat(mine).hasCount(1);
            assertThat(mine).containsText(receiptNumber);
            assertThat(mine).containsText("Microcredential Data-analyse met Python");
            assertThat(mine).containsText("Toegekend");
            assertThat(mine).containsText("€ 950");
            Browser.assertAccessible(page, "Mijn aanvragen (sanne)");

            // Once granted, the window shows her grant instead of offering to apply again.
            link(page, "Bekijk " + DEMO_WINDOW + " en vraag aan").click();
            assertThat(page.locator("#mijn-subsidie")).containsText("U kreeg dit jaar al geld uit deze regeling");
            assertThat(page.locator("#mijn-subsidie")).containsText("€ 950");
            assertThat(link(page, "Bekijk uw aanvraag " + receiptNumber)).isVisible();
            assertThat(button(page, "Aanvragen")).hasCount(0);
            Browser.assertAccessible(page, "the window after a grant");

            // Not going after all: she withdraws the grant from her list; the money goes to the waiting list.
            page.navigate(url("/regelingen"));
            page.getByText("Subsidie " + receiptNumber + " intrekken").click();
            Browser.assertAccessible(page, "withdrawing a grant, opened");
            button(page, "Ja, trek deze subsidie in").click();
            page.waitForURL(url("/regelingen"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("ingetrokken");
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(
                                    pageActions("sanne", "POST /regelingen/aanvragen/{applicationId}/intrekking"))
                            .isNotEmpty());
            assertThat(page.locator("#mijn-aanvragen tbody tr")).containsText("Ingetrokken");
            assertThat(page.getByText("Subsidie " + receiptNumber + " intrekken"))
                    .hasCount(0);
            Browser.assertAccessible(page, "Mijn aanvragen after withdrawing");
            session.assertNoBrowserErrors();
        }
    }

    @Test
    void theSchemeAdministratorOpensAndClosesAWindowAndWatchesTheDemoWindowLive() {
        try (Session session = BROWSER.newSession()) {
            Page page = session.page();
            logIn(page, port, "els");
            link(page, "Naar regelingen en aanvraagtijdvakken").click();
            page.waitForURL(url("/beheer/regelingen"));
            assertThat(heading(page)).hasText("Regelingen en aanvraagtijdvakken");
            assertThat(page.locator("#tijdvakken")).containsText("STAP-DEMO");
            assertThat(page.locator("main")).containsText("STAP-budget 2022");
            Browser.assertAccessible(page, "the schemes and windows");

            // A scheme text with problems: each is listed, none is stored.
            page.getByLabel("Tekst van de regeling").fill("id = stap-proef\nversion = 0\n");
            button(page, "Regeling opslaan").click();
            assertThat(page.locator("#definitie-fouten")).containsText("De regeling is niet opgeslagen");
            assertThat(page.locator("#definitie-problemen li").first()).isVisible();
            Browser.assertAccessible(page, "the problems of a scheme text");

            // A window of this test's own, so that closing it touches nothing else.
            page.navigate(url("/beheer/regelingen"));
            String code = "PROEF-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
            page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
            page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true))
                    .fill("Proeftijdvak van de browsertest");
            page.getByLabel("Budget in euro's", new Page.GetByLabelOptions().setExact(true))
                    .fill("1.000");
            button(page, "Tijdvak openen").click();
            page.waitForURL(Pattern.compile(".*/beheer/regelingen/tijdvakken/[0-9a-f-]{36}$"));
            assertThat(heading(page)).hasText("Tijdvak " + code);
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tijdvak " + code + " is aangemaakt.");
            assertThat(page.locator("#status")).hasText("Open");
            assertThat(page.locator("#totaal-over")).hasText("€ 1.000");
            Browser.assertAccessible(page, "the live view of a new window");

            page.getByLabel("Ja, ik wil dit tijdvak nu sluiten. Dit kan ik niet terugdraaien.")
                    .check();
            button(page, "Tijdvak nu sluiten").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tijdvak " + code + " is gesloten.");
            assertThat(page.locator("#status")).hasText("Gesloten");

            // Watching STAP-DEMO live: the page refreshes itself until the administrator stops it.
            link(page, "Terug naar regelingen en tijdvakken").click();
            page.waitForURL(url("/beheer/regelingen"));
            link(page, "STAP-DEMO live volgen").click();
            page.waitForURL(Pattern.compile(".*/beheer/regelingen/tijdvakken/[0-9a-f-]{36}\\?verversen=aan$"));
            assertThat(page.locator("meta[http-equiv=refresh]")).hasAttribute("content", "2");
            assertThat(page.locator("#ontvangen")).hasText(Pattern.compile("\\d[\\d.]*"));
            assertThat(page.locator("#per-seconde")).hasText(Pattern.compile("\\d[\\d.]*"));
            assertThat(page.locator("#potten")).containsText("Deelbudget tot-en-met-mbo-4");
            assertThat(page.locator("#potten")).containsText("Algemeen budget");

            // axe-core fails any refresh under 20 hours (meta-refresh, WCAG 2.2.1), and a refresh could cut its run
            // short: the page is scanned after the administrator stopped the refresh, which is the same page without
            // the refresh.
            link(page, "Stop met verversen").click();
            page.waitForURL(Pattern.compile(".*/beheer/regelingen/tijdvakken/[0-9a-f-]{36}$"));
            assertThat(page.locator("meta[http-equiv=refresh]")).hasCount(0);
            assertThat(heading(page)).hasText("Tijdvak STAP-DEMO");
            assertThat(page.locator("#status")).hasText("Open");
            assertThat(button(page, "Tijdvak nu sluiten")).isVisible();
            Browser.assertAccessible(page, "the live view of STAP-DEMO");

            // Payouts: a run pays every confirmed start not yet paid, or says that there is nothing to pay.
            page.navigate(url("/beheer/regelingen"));
            link(page, "Uitbetalingen aan opleiders").click();
            page.waitForURL(url("/beheer/uitbetalingen"));
            assertThat(heading(page)).hasText("Uitbetalingen aan opleiders");
            Browser.assertAccessible(page, "the payout runs");
            button(page, "Uitbetaling maken").click();
            page.waitForURL(url("/beheer/uitbetalingen"));
            assertThat(page.locator("[role=status], [role=alert]"))
                    .containsText(Pattern.compile("Uitbetaling gemaakt|Er is niets uit te betalen"));
            Browser.assertAccessible(page, "the payout runs after making one");
            session.assertNoBrowserErrors();
        }
    }

    /** The subjects of the audit records of one user's page action (every attempt, whatever its outcome). */
    private java.util.List<String> pageActions(String username, String action) {
        return jdbc.sql("select subject from audit_record where actor = :actor and action = :action order by seq")
                .param("actor", DemoIdentities.login(username).userId().toString())
                .param("action", action)
                .query(String.class)
                .list();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
