package nl.leerbudget.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.heading;
import static nl.leerbudget.support.OnPage.logIn;
import static nl.leerbudget.support.OnPage.navigation;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A logged-in citizen who opens a page that does not exist, or a page of another role, gets a Dutch page with the
 * status 404 or 403, a way back to the start page and the navigation of her own role, with no serious accessibility
 * problem (axe-core); the same mistakes on an API path stay RFC 9457 problems.
 */
@IntegrationTest
class ErrorPagesBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("ErrorPagesBrowserIT");

    @LocalServerPort
    int port;

    @Test
    void aCitizenGetsADutchPageForAnUnknownPageAndForAPageOfAnotherRole() {
        try (Session session = BROWSER.newSession()) {
            Page page = session.page();
            logIn(page, port, "sanne");
            assertThat(navigation(page).getByRole(AriaRole.LINK)).hasText(new String[] {
                "Start", "Boekingen", "Opleidingen", "Beroepen", "Regelingen", "Mijn leerrecht", "Machtigingen"
            });
            assertThat(navigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start")))
                    .hasAttribute("aria-current", "page");

            Response unknown = page.navigate(url("/deze-pagina-bestaat-niet"));
            assertThat(unknown.status()).as("status of an unknown page").isEqualTo(404);
            assertThat(unknown.headerValue("content-type")).startsWith("text/html");
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            assertThat(heading(page)).hasText("Deze pagina bestaat niet");
            assertThat(page.locator("main")).not().containsText("Whitelabel");
            assertThat(navigation(page)).containsText("Mijn leerrecht");
            Browser.assertAccessible(page, "the page for an unknown page");

            Response refused = page.navigate(url("/beheer/regelingen"));
            assertThat(refused.status()).as("status of a page of another role").isEqualTo(403);
            assertThat(refused.headerValue("content-type")).startsWith("text/html");
            assertThat(heading(page)).hasText("U mag deze pagina niet openen");
            assertThat(page.locator("main")).containsText("andere groep gebruikers");
            assertThat(navigation(page)).not().containsText("Regelingen beheren");
            Browser.assertAccessible(page, "the page for a page of another role");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de startpagina"))
                    .click();
            // A citizen's start page is their overview.
            page.waitForURL(url("/overzicht"));
            assertThat(heading(page)).hasText("Mijn leerbudget");

            // The same mistakes on the API are problems for programs, not pages (an API path without a route rule is
            // closed: 403).
            APIResponse apiUnknown = session.context().request().get(url("/api/v1/bestaat-niet"));
            assertThat(apiUnknown.status()).isEqualTo(403);
            assertThat(apiUnknown.headers().get("content-type")).startsWith("application/problem+json");
            APIResponse apiUnknownOffering =
                    session.context().request().get(url("/api/v1/offerings/" + java.util.UUID.randomUUID()));
            assertThat(apiUnknownOffering.status()).isEqualTo(404);
            assertThat(apiUnknownOffering.headers().get("content-type")).startsWith("application/problem+json");
            APIResponse apiRefused = session.context().request().get(url("/api/v1/payout-runs"));
            assertThat(apiRefused.status()).isEqualTo(403);
            assertThat(apiRefused.headers().get("content-type")).startsWith("application/problem+json");

            // The two pages themselves fail (and the browser says so in its console); nothing else does, no script
            // error and no content security policy violation.
            assertThat(session.errors())
                    .as("errors in the browser besides the two failed pages")
                    .filteredOn(error -> !error.contains(url("/deze-pagina-bestaat-niet"))
                            && !error.contains(url("/beheer/regelingen")))
                    .isEmpty();
            assertThat(session.errors()).contains("HTTP 404 " + url("/deze-pagina-bestaat-niet"));
            assertThat(session.errors()).contains("HTTP 403 " + url("/beheer/regelingen"));
        }
    }

    @Test
    void anUnknownPageOfAVisitorWhoIsNotLoggedInLeadsToTheLoginFirst() {
        try (Session session = BROWSER.newSession()) {
            Page page = session.page();
            page.navigate(url("/deze-pagina-bestaat-niet"));
            assertThat(page).hasURL(url("/inloggen"));
            assertThat(navigation(page).getByRole(AriaRole.LINK))
                    .hasText(new String[] {"Home", "Opleidingen", "Beroepen", "Inloggen"});
            Browser.assertAccessible(page, "the login page with the visitor's navigation");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
