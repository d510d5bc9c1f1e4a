package nl.leerbudget.register.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.heading;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public catalogue in a real browser (Chromium through Playwright), as an anonymous visitor: from the home page
 * to the search page, a search, a filter, an offering's page, and the page of an offering whose provider is
 * suspended, which says so and why. Every page has no serious or critical accessibility problem (axe-core), and
 * works without JavaScript: the pages have none, and the forms are plain GET forms.
 *
 * <p>The browser plumbing is that of {@code LoginBrowserIT}: Debian's Chromium at {@value #CHROMIUM}, never a
 * downloaded one; without it every test is skipped saying why, except in CI ({@code CI=true}), where it fails.
 */
@IntegrationTest
class CatalogueBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("CatalogueBrowserIT");

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorSearchesFiltersAndOpensAnOffering() {
        try (Session session = newSession()) {
            Page page = session.page();
            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opleidingen zoeken"))
                    .click();
            page.waitForURL(url("/opleidingen"));
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            assertThat(heading(page)).hasText("Opleidingen zoeken");
            assertAccessible(page, "the search page without a search");

            page.getByLabel("Zoekwoorden", new Page.GetByLabelOptions().setExact(true))
                    .fill("Utrecht");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Zoeken").setExact(true))
                    .click();
            page.waitForURL(url("/opleidingen?q=Utrecht"));
            // The demo catalogue has a few hundred offerings, dozens of them in Utrecht: more than one page.
            Locator results = page.locator("ol.hits");
            assertThat(results.locator("li.hit")).hasCount(10);
            assertThat(page.locator("#resultaten-titel")).hasText(Pattern.compile("[1-9]\\d+ opleidingen gevonden"));
            assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Paginering")))
                    .isVisible();
            assertAccessible(page, "the search page with results");

            page.getByLabel("Mbo-certificaat").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters toepassen"))
                    .click();
            // A plain GET form: every field is in the address, the empty ones too.
            page.waitForURL(address -> address.contains("soort=MBO_CERTIFICATE") && address.contains("q=Utrecht"));
            assertThat(results).containsText("Mbo-certificaat Elektrotechniek: installeren");
            assertThat(results).not().containsText("Nederlands op de werkvloer");
            assertThat(page.getByLabel("Mbo-certificaat")).isChecked();
            assertThat(page.getByLabel("Zoekwoorden", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Utrecht");
            assertAccessible(page, "the search page with a filter");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Mbo-certificaat Elektrotechniek: installeren"))
                    .click();
            assertThat(heading(page)).hasText("Mbo-certificaat Elektrotechniek: installeren");
            assertThat(page.locator("#wel-te-gebruiken"))
                    .hasText(
                            "Deze opleiding is toegelaten tot het scholingsregister. U kunt haar gebruiken voor een regeling.");
            assertThat(page.locator("main")).containsText("€ 1.850,00");
            assertThat(page.locator("main")).containsText("Niveau 3");
            assertThat(page.locator("main")).containsText("1 februari 2027");
            assertThat(page.locator("main")).containsText("Toegelaten tot het scholingsregister");
            assertAccessible(page, "the page of an offering");
            session.assertNoBrowserErrors();
        }
    }

    @Test
    void theOfferingOfASuspendedProviderSaysItCannotBeBookedAndWhy() {
        try (Session session = newSession()) {
            Page page = session.page();
            page.navigate(url("/opleidingen?q=projectmanagement"));
            Locator hit = page.locator("li.hit", new Page.LocatorOptions().setHasText("Projectmanagement in één dag"));
            assertThat(hit).containsText("Nu niet te gebruiken voor een regeling");
            hit.getByRole(AriaRole.LINK).click();

            assertThat(heading(page)).hasText("Projectmanagement in één dag");
            Locator warning = page.locator("#niet-te-gebruiken");
            assertThat(warning.getByRole(AriaRole.HEADING))
                    .hasText("U kunt deze opleiding nu niet gebruiken voor een regeling");
            assertThat(warning).containsText("geschorst");
            assertThat(warning).containsText("misbruik");
            assertThat(page.locator("main")).containsText("Geschorst");
            assertAccessible(page, "the page of an offering of a suspended provider");
            session.assertNoBrowserErrors();
        }
    }

    @Test
    void aSearchWithoutResultsSaysWhatToDo() {
        try (Session session = newSession()) {
            Page page = session.page();
            page.navigate(url("/opleidingen?q=onvindbaarwoordk&vorm=ONLINE"));
            assertThat(page.locator("#resultaten-titel")).hasText("0 opleidingen gevonden");
            assertThat(page.locator("#geen-resultaten")).containsText("alle filters wissen");
            assertAccessible(page, "the search page without results");
            session.assertNoBrowserErrors();
        }
    }

    private static void assertAccessible(Page page, String what) {
        Browser.assertAccessible(page, what);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Session newSession() {
        return BROWSER.newSession();
    }
}
