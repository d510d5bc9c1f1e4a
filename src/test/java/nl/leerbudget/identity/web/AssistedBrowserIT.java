package nl.leerbudget.identity.web;

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
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The assisted channel in a real browser (Chromium through Playwright), with an accessibility scan (axe-core) of every
 * page on the way: the adviser chooses on the page for whom they work, sees the banner on every page and stops; the
 * citizen grants a mandate on "Machtigingen", with and without a mistake, and revokes it. The plumbing is that of
 * {@code LoginBrowserIT}: Debian's Chromium, never a downloaded one.
 */
@IntegrationTest
class AssistedBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("AssistedBrowserIT");

    private static final String AHMED = "Ahmed Yilmaz (Leerwerkloket)";

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
    Actors actors;

    @Test
    void theAdviserChoosesForWhomTheyWorkSeesWhomOnEveryPageAndStops() {
        String name = "Roos Browserburger " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        TestPeople.Login citizen = actors.asSystem(() -> TestPeople.citizen(registry, users, properties, name));
        Api.Response granted = new Api(port)
                .as(new Tokens(encoder, properties).of(citizen.username()))
                .post(
                        "/api/v1/mandates",
                        Map.of("adviserUserId", DemoIdentities.login("ahmed").userId(), "days", 30));
        assertThat(granted.status()).isEqualTo(201);

        try (Session session = BROWSER.newSession()) {
            Page page = session.page();
            logIn(page, port, "ahmed");
            link(page, "Voor wie werkt u? Kies de persoon voor wie u nu werkt").click();
            page.waitForURL(url("/adviseur"));
            assertThat(heading(page)).hasText("Voor wie werkt u?");
            assertThat(page.locator("#gemachtigd")).containsText(name);
            Browser.assertAccessible(page, "Voor wie werkt u? (ahmed)");

            button(page, "Werken voor " + name).click();
            page.waitForURL(url("/adviseur"));
            Locator banner = page.getByRole(
                    AriaRole.REGION, new Page.GetByRoleOptions().setName("U werkt nu voor " + name + "."));
            assertThat(banner).isVisible();
            assertThat(banner.getByRole(AriaRole.BUTTON)).hasText("Stoppen met werken voor " + name);
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("U werkt nu voor " + name);
            Browser.assertAccessible(page, "Voor wie werkt u? while working for someone");

            link(page, "Het leerrecht bekijken: hoeveel, tot wanneer en waarvoor")
                    .click();
            page.waitForURL(url("/mijn-leerrecht"));
            assertThat(banner).isVisible();
            Browser.assertAccessible(page, "Mijn leerrecht with the banner");

            banner.getByRole(AriaRole.BUTTON).click();
            page.waitForURL(url("/adviseur"));
            assertThat(banner).hasCount(0);
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("U werkt niet meer voor " + name + ".");
            session.assertNoBrowserErrors();
        }
    }

    @Test
    void theCitizenGrantsAMandateOnThePageAndRevokesIt() {
        Api kees = new Api(port).as(new Tokens(encoder, properties).of("kees"));
        try (Session session = BROWSER.newSession()) {
            Page page = session.page();
            logIn(page, port, "kees");
            link(page, "Machtigingen: een adviseur laten meewerken, of een machtiging intrekken")
                    .click();
            page.waitForURL(url("/machtigingen"));
            assertThat(heading(page)).hasText("Machtigingen");
            assertThat(page.getByLabel("De adviseur mag ook boekingen voor mij bevestigen"))
                    .not()
                    .isChecked();
            assertThat(page.getByLabel("3 maanden")).isChecked();
            Browser.assertAccessible(page, "Machtigingen (kees)");

            button(page, "Machtiging geven").click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies een adviseur.");
            assertThat(page.locator("#adviseur")).hasAttribute("aria-invalid", "true");
            Browser.assertAccessible(page, "Machtigingen with a field error");

            page.getByLabel("Adviseur", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(AHMED));
            page.getByLabel("1 maand").check();
            page.getByLabel("De adviseur mag ook boekingen voor mij bevestigen").check();
            button(page, "Machtiging geven").click();
            page.waitForURL(url("/machtigingen"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText(AHMED + " mag nu voor u werken");
            assertThat(page.locator("#machtigingen tbody tr").filter(new Locator.FilterOptions().setHasText(AHMED)))
                    .containsText("Ja");
            Browser.assertAccessible(page, "Machtigingen with a mandate");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intrekken machtiging van " + AHMED))
                    .click();
            page.waitForURL(url("/machtigingen"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("ingetrokken");
            assertThat(page.locator("#eerdere-machtigingen")).containsText(AHMED);
            Browser.assertAccessible(page, "Machtigingen after revoking");
            // The form with the mistake is answered 400, as it should be (and the browser says so in its console);
            // nothing else failed.
            assertThat(session.errors())
                    .contains("HTTP 400 " + url("/machtigingen"))
                    .allSatisfy(error ->
                            assertThat(error).contains(url("/machtigingen")).contains("400"));
        } finally {
            // Kees leaves Ahmed no mandate behind, whatever happened above.
            String ahmed = DemoIdentities.login("ahmed").userId().toString();
            for (JsonNode m : kees.get("/api/v1/mandates").body().get("items")) {
                if (m.get("active").booleanValue()
                        && m.get("adviserUserId").asString().equals(ahmed)) {
                    kees.delete("/api/v1/mandates/" + m.get("id").asString());
                }
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
