package nl.leerbudget.simulation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.heading;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.simulation.Tables;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The analyst's simulator in a real browser: noor runs the four variants, follows the progress, sees them side by
 * side in tables and charts, and downloads the CSV files, whose figures are the page's. Without JavaScript (the
 * progress page reloaded by hand) and with JavaScript (the page reloading itself). No serious or critical
 * accessibility problem (axe-core) on the form, the progress page and the result.
 */
@IntegrationTest
class SimulationBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("SimulationBrowserIT");

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final List<String> VARIANTS = List.of("stap-2j", "leerrekening-2j", "regressief-2j", "neutraal-2j");

    @LocalServerPort
    int port;

    private void logIn(Page page) {
        page.navigate(url("/start"));
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))
                .fill("noor");
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill(DemoIdentities.PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inloggen").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rekenen aan beleidsvarianten"))
                .click();
        page.waitForURL(url("/simulaties"));
    }

    @Test
    void noorRunsTheFourVariantsSeesThemSideBySideWithChartsAndDownloadsTheSameFiguresAsCsv() throws IOException {
        try (Session session = BROWSER.newSession(false)) {
            Page page = session.page();
            logIn(page);
            assertThat(heading(page)).hasText("Rekenen aan beleidsvarianten");
            for (String variant : List.of(
                    "Voucher: STAP-budget",
                    "Leerrekening (commissie-Sap)",
                    "Regressief leerrecht",
                    "Neutraal leerrecht")) {
                assertThat(page.getByLabel(variant, new Page.GetByLabelOptions().setExact(true)))
                        .isChecked();
            }
            assertThat(page.getByLabel(
                            "Combinatie: neutraal leerrecht en gerichte vouchers",
                            new Page.GetByLabelOptions().setExact(true)))
                    .not()
                    .isChecked();
            page.getByLabel("Aantal jaren").fill("2");
            // Enough people that the first page after starting shows the progress.
            page.getByLabel("Aantal personen in de nagemaakte bevolking").selectOption("250000");
            page.getByLabel("Startgetal voor het toeval (seed)").fill("2027");
            // Off unless asked for: a page reloading itself every three seconds is hard to use with a screen reader.
            assertThat(page.getByLabel("Laat de pagina met de voortgang zichzelf", new Page.GetByLabelOptions()))
                    .not()
                    .isChecked();
            session.assertAccessible("the simulator's form (noor)");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start de berekening"))
                    .click();

            assertThat(heading(page)).hasText("Berekening bezig");
            assertThat(page.getByRole(
                            AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Voortgang van de berekening")))
                    .isVisible();
            assertThat(page.locator("#stap")).containsText("% klaar. Nu:");
            assertThat(page.locator("meta[http-equiv=refresh]")).hasCount(0);
            session.assertAccessible("the simulator's progress page (noor)");
            for (int i = 0; i < 240 && page.locator("#vernieuw").count() > 0; i++) {
                page.waitForTimeout(500);
                page.locator("#vernieuw").click();
            }

            assertThat(heading(page))
                    .hasText("Uitkomst van de berekening", new LocatorAssertions.HasTextOptions().setTimeout(5_000));
            Locator costs = page.locator("#publieke-kosten");
            assertThat(costs.locator("thead th[scope=col]"))
                    .hasText(new String[] {"Jaar", "stap-2j", "leerrekening-2j", "regressief-2j", "neutraal-2j"});
            assertThat(costs.locator("tbody tr")).hasCount(2);
            assertThat(page.locator("svg[role=img]")).hasCount(3);
            assertThat(page.locator("#grafiek-kosten title"))
                    .hasText("Publieke kosten per jaar, met uitvoeringskosten");
            assertThat(page.locator("#grafiek-kosten")).containsText("neutraal-2j: ");
            assertThat(page.locator("#winnaars-verliezers tbody tr")).hasCount(5);
            assertThat(page.locator("#startgetal")).hasText("2027");
            assertThat(page.locator("details.scenario-text")).hasCount(4);
            session.assertAccessible("the simulator's result (noor)");

            List<String> costLines =
                    download(page, "Download de kosten per scenario en jaar als CSV-bestand", "kosten");
            assertThat(costLines.getFirst()).isEqualTo(Tables.COSTS_HEADER);
            assertThat(costLines).hasSize(1 + 4 * 2);
            for (String line : costLines.subList(1, costLines.size())) {
                String[] cells = line.split(",");
                int column = VARIANTS.indexOf(cells[0]);
                assertThat(column).as(line).isNotNegative();
                int row = Integer.parseInt(cells[2]) - 2027;
                assertThat(cells[1]).isEqualTo("2027");
                assertThat(costs.locator("tbody tr").nth(row).locator("td").nth(column))
                        .hasText(millions(cells[3]));
                Locator detail = page.locator("#alle-cijfers tbody tr").nth(column * 2 + row);
                assertThat(detail.locator("th")).hasText(cells[0]);
                assertThat(detail.locator("td").nth(3)).hasText(millions(cells[5]));
                assertThat(detail.locator("td").nth(8)).hasText(String.format(DUTCH, "%,d", Long.parseLong(cells[10])));
                assertThat(detail.locator("td").nth(9)).hasText(String.format(DUTCH, "%,d", Long.parseLong(cells[11])));
            }

            List<String> reachLines =
                    download(page, "Download het bereik per scenario, jaar en groep als CSV-bestand", "bereik");
            assertThat(reachLines.getFirst()).isEqualTo(Tables.REACH_HEADER);
            int groups =
                    page.locator("#bereik-titel ~ .table-scroll table tbody tr").count();
            assertThat(groups).isGreaterThan(20);
            assertThat(reachLines).hasSize(1 + 4 * 2 * groups);
            Locator levels = page.locator("#bereik-opleidingsniveau tbody tr");
            for (String line : reachLines) {
                String[] cells = line.split(",");
                if (cells[2].equals("2027") && cells[3].equals("opleidingsniveau")) {
                    Locator row = levels.filter(new Locator.FilterOptions()
                            .setHas(page.locator("th", new Page.LocatorOptions().setHasText(cells[4]))));
                    assertThat(row.locator("td").first())
                            .hasText(String.format(DUTCH, "%,d", Long.parseLong(cells[6])));
                    assertThat(row.locator("td").nth(1 + VARIANTS.indexOf(cells[0])))
                            .containsText(String.format(DUTCH, "%,d", Long.parseLong(cells[5])) + " (");
                }
            }
            session.assertNoBrowserErrors();
        }
    }

    @Test
    void withJavaScriptTheProgressPageReloadsItselfUntilTheResultIsThere() {
        try (Session session = BROWSER.newSession(true)) {
            Page page = session.page();
            logIn(page);
            page.getByLabel("Aantal jaren").fill("1");
            page.getByLabel("Aantal personen in de nagemaakte bevolking").selectOption("10000");
            page.getByLabel("Laat de pagina met de voortgang zichzelf", new Page.GetByLabelOptions())
                    .check();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start de berekening"))
                    .click();

            assertThat(heading(page))
                    .hasText("Uitkomst van de berekening", new LocatorAssertions.HasTextOptions().setTimeout(90_000));
            assertThat(page.locator("#publieke-kosten tbody tr")).hasCount(1);
            session.assertAccessible("the simulator's result with JavaScript (noor)");
            session.assertNoBrowserErrors();
        }
    }

    private static List<String> download(Page page, String link, String what) throws IOException {
        Download download =
                page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link))
                        .click());
        assertThat(download.suggestedFilename()).matches("simulatie-[0-9a-f]{8}-" + what + "\\.csv");
        return Files.readString(download.path(), StandardCharsets.UTF_8).lines().toList();
    }

    /** Euros as the CSV writes them, in millions as the page writes them: "1.560,6". */
    private static String millions(String euros) {
        BigDecimal millions = new BigDecimal(euros).movePointLeft(6).setScale(1, RoundingMode.HALF_UP);
        return String.format(DUTCH, "%,.1f", millions);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
