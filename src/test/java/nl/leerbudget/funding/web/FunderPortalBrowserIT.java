package nl.leerbudget.funding.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.button;
import static nl.leerbudget.support.OnPage.heading;
import static nl.leerbudget.support.OnPage.link;
import static nl.leerbudget.support.OnPage.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The funder portal in a real browser, once with JavaScript and once without, with an accessibility scan (axe-core:
 * no serious or critical problem) of every page on the way. The demo employer (peter, Bouwbedrijf De Vries) uploads a
 * file for three employees in which one line has a BSN that fails the eleven-test; the preview names that line and
 * its reason, shows the total of the good lines, and offers no confirmation. He uploads the corrected file and
 * confirms: the three are credited. One of them, the demo citizen Sanne, sees the budget with its conditions on her
 * overview; the other two are people of this test. Then the employer's usage report: the table, the chart with the
 * same numbers, and the CSV file with them.
 *
 * <p>The budget is only for EVC procedures, so that it pays for none of the courses other tests plan for Sanne.
 * Each run's file has its own reference, so each is a file of its own (the same file twice deposits once).
 */
@IntegrationTest
class FunderPortalBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("FunderPortalBrowserIT");

    private static final String SANNE_BSN = "999991024";

    @LocalServerPort
    int port;

    @Autowired
    PersonRegistry registry;

    @Autowired
    Actors actors;

    String marker;
    String second;
    String third;

    @BeforeEach
    void requireBrowserAndPrepare() {
        marker = Long.toString(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L), 36);
        second = TestPeople.randomBsn();
        third = TestPeople.randomBsn();
        actors.asSystem(() -> {
            registry.register(second, "Tweede medewerker");
            registry.register(third, "Derde medewerker");
        });
    }

    @Test
    void withJavaScript() {
        flow(true);
    }

    @Test
    void withoutJavaScript() {
        flow(false);
    }

    private void flow(boolean javaScript) {
        String label = "Opleidingsbudget EVC " + marker;
        try (Session employer = BROWSER.newSession(javaScript);
                Session employee = BROWSER.newSession(javaScript)) {
            Page page = employer.page();
            logIn(page, port, "peter");
            page.waitForURL(url("/start"));
            employer.assertAccessible("the funder's start page");
            link(page, "Geld storten: voor één persoon, met een bestand, of elk jaar vanzelf")
                    .click();
            page.waitForURL(url("/financier/storten"));
            assertThat(heading(page)).hasText("Geld storten op leerrekeningen");
            employer.assertAccessible("Geld storten");

            // A file with a bad line: the preview names it and books nothing.
            String bad = "bsn;bedrag;kenmerk\n" + SANNE_BSN + ";250,00;" + marker + "-1\n" + second + ";250,00;"
                    + marker + "-2\n123456789;250,00;" + marker + "-3\n";
            upload(page, bad, label);
            page.waitForURL(Pattern.compile(".*/financier/bestanden/[0-9a-f-]{36}$"));
            assertThat(heading(page)).hasText("Bestand controleren");
            assertThat(page.locator("#regels")).hasText("3");
            assertThat(page.locator("#totaal")).hasText("€ 500,00");
            assertThat(page.locator("#problemen h2")).hasText("Er is 1 fout. Er wordt niets gestort.");
            Locator problem = page.locator("#problemen tbody tr");
            assertThat(problem).hasCount(1);
            assertThat(problem.locator("td").nth(0)).hasText("4");
            assertThat(problem.locator("td").nth(1)).containsText("Dit is geen geldig BSN");
            assertThat(problem.locator("td").nth(2)).hasText("F5");
            assertThat(button(page, "Bevestigen en storten")).hasCount(0);
            employer.assertAccessible("the preview of a file with a bad line");

            // The corrected file, confirmed.
            link(page, "Een verbeterd bestand laden").click();
            page.waitForURL(Pattern.compile(".*/financier/storten.*"));
            String good = bad.replace("123456789", third);
            upload(page, good, label);
            page.waitForURL(Pattern.compile(".*/financier/bestanden/[0-9a-f-]{36}$"));
            assertThat(page.locator("#problemen")).hasCount(0);
            assertThat(page.locator("#totaal")).hasText("€ 750,00");
            assertThat(page.locator("#voorwaarden")).containsText("Alleen EVC-procedure");
            employer.assertAccessible("the preview of a good file");
            button(page, "Bevestigen en storten").click();
            assertThat(page.locator("#melding")).hasText("Gelukt: € 750,00 gestort op de leerrekeningen van 3 mensen.");
            assertThat(page.locator("#gestort")).containsText("Dit bestand is gestort op");
            employer.assertAccessible("the file after its deposit");

            // Sanne sees the budget with its conditions.
            Page own = employee.page();
            logIn(own, port, "sanne");
            own.waitForURL(url("/overzicht"));
            Locator budget =
                    own.locator("#budgetten-employer tr").filter(new Locator.FilterOptions().setHasText(label));
            assertThat(budget).hasCount(1);
            assertThat(budget).containsText("€ 250,00");
            assertThat(budget).containsText("Alleen EVC-procedure");
            employee.assertAccessible("Mijn leerbudget with the employer's budget");

            // The usage report: the table, the chart with the same numbers, and the CSV file.
            menu(page, "Gebruik van uw geld").click();
            page.waitForURL(url("/financier/gebruik"));
            assertThat(heading(page)).hasText("Gebruik van uw geld");
            String year = Integer.toString(LocalDate.now(Ledger.ZONE).getYear());
            Locator row = page.locator("#per-jaar tbody tr").filter(new Locator.FilterOptions().setHasText(year));
            assertThat(row).hasCount(1);
            String deposited = row.locator("td").first().textContent().strip();
            assertThat(page.locator("#grafiek desc")).containsText(year + ": gestort " + deposited);
            assertThat(page.locator("#grafiek rect title").first()).containsText("Gestort in");
            employer.assertAccessible("the usage report");
            APIResponse csv = page.context().request().get(url("/financier/gebruik.csv"));
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.headers().get("content-type")).startsWith("text/csv");
            String file = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(file)
                    .contains("gestort," + year + ",,"
                            + deposited
                                    .replace("€", "")
                                    .replace(".", "")
                                    .replace(",", ".")
                                    .replace("\u00a0", "")
                                    .strip());
            employer.assertNoBrowserErrors();
            employee.assertNoBrowserErrors();
        }
    }

    private void upload(Page page, String csv, String label) {
        page.getByLabel("Bestand (CSV)")
                .setInputFiles(new FilePayload(
                        "medewerkers-" + marker + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        Locator form = page.locator("#bestand form");
        form.getByLabel("Naam van het budget").fill(label);
        form.getByLabel("EVC-procedure").check();
        button(page, "Bestand controleren").click();
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
