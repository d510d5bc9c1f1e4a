package nl.leerbudget.register.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.button;
import static nl.leerbudget.support.OnPage.heading;
import static nl.leerbudget.support.OnPage.link;
import static nl.leerbudget.support.OnPage.logIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * A provider tags its own offering with ESCO skills in a real browser, with and without JavaScript: from its list of
 * offerings to the offering's skills page, a search for a skill by its English name, a search for the occupation the
 * offering leads to and one of the skills that occupation asks, saved together; the list then counts them. Every page
 * has no serious or critical accessibility problem (axe-core) and shows ESCO's attribution.
 */
@IntegrationTest
class ProviderSkillsBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("ProviderSkillsBrowserIT");

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void aProviderTagsItsOfferingWithASkillFoundByNameAndOneItsOccupationAsks(boolean javaScript) {
        String name = "Orderpicken met de heftruck (" + (javaScript ? "met" : "zonder") + " script)";
        submitOffering(name);
        try (Session session = BROWSER.newSession(javaScript)) {
            Page page = session.page();
            logIn(page, port, "marieke");
            page.navigate(url("/aanbieder"));
            link(page, "Vaardigheden kiezen voor " + name).click();
            page.waitForURL(Pattern.compile(".*/aanbieder/opleidingen/[0-9a-f-]+/vaardigheden$"));
            assertThat(heading(page)).hasText("Wat leert iemand bij " + name + "?");
            assertThat(page.locator("#kiezen")).containsText("Er staan nog geen vaardigheden bij deze opleiding.");
            assertThat(page.locator("main")).containsText("ESCO v1.1.1, © European Union");
            session.assertAccessible("the skills page of an offering without skills");

            page.getByLabel(Pattern.compile("^Zoek een vaardigheid")).fill("forklift");
            button(page, "Vaardigheid zoeken").click();
            page.waitForURL(Pattern.compile(".*\\?zoek=forklift$"));
            page.getByLabel("operate forklift", new Page.GetByLabelOptions().setExact(true))
                    .check();
            button(page, "Opslaan").click();
            assertThat(page.locator("#melding")).hasText("Opgeslagen: deze opleiding leert nu 1 vaardigheid.");
            session.assertAccessible("the skills page after saving");

            page.getByLabel(Pattern.compile("^Of zoek het beroep")).fill("magazijnmedewerker");
            button(page, "Beroep zoeken").click();
            link(page, "magazijnmedewerker").click();
            page.waitForURL(Pattern.compile(".*beroep=[0-9a-f-]+$"));
            Locator asked = page.locator("#beroep-vaardigheden");
            assertThat(asked).containsText("Wat het beroep magazijnmedewerker nodig heeft");
            session.assertAccessible("the skills an occupation asks");
            asked.getByLabel("operate warehouse materials", new Locator.GetByLabelOptions().setExact(true))
                    .check();
            button(page, "Opslaan").click();
            assertThat(page.locator("#melding")).hasText("Opgeslagen: deze opleiding leert nu 2 vaardigheden.");

            page.navigate(url("/aanbieder"));
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(name)))
                    .containsText("2 vaardigheden");
            session.assertNoBrowserErrors();
        }
    }

    private void submitOffering(String name) {
        Api.Response submitted = new Api(port)
                .as(new Tokens(encoder, properties).of("marieke"))
                .post(
                        "/api/v1/providers/" + Demo.ROC + "/offerings",
                        Map.of(
                                "type", "SHORT_COURSE",
                                "name", name,
                                "description", "Orders verzamelen en veilig rijden met de heftruck in het magazijn.",
                                "studyLoad", 16,
                                "studyLoadUnit", "HOURS",
                                "price", "395.00",
                                "modality", "IN_PERSON",
                                "location", "Utrecht",
                                "startDates", List.of("2027-09-01")));
        org.assertj.core.api.Assertions.assertThat(submitted.status())
                .as(submitted.toString())
                .isEqualTo(201);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
