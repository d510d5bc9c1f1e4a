package nl.leerbudget.schemes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.button;
import static nl.leerbudget.support.OnPage.heading;
import static nl.leerbudget.support.OnPage.link;
import static nl.leerbudget.support.OnPage.logIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The targeted demo windows in a real browser, with and without JavaScript: Fatima, who works in construction, reads
 * who "Omscholing naar de zorg" is for and what her employer pays, and asks "Kan ik meedoen?" for a care certificate
 * (yes: half from the scheme, half from her employer) and for an ICT certificate (no, rule T7 in words). Kees, who is
 * self-employed, is told that the scheme needs an employer (C1). Every page has no serious or critical accessibility
 * problem (axe-core). Nobody applies, so no other test is touched.
 */
@IntegrationTest
class TargetedSchemesBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("TargetedSchemesBrowserIT");

    private static final String CARE_WINDOW = "Omscholing naar de zorg: tijdvak 2027";
    private static final String CARE_CERTIFICATE =
            "Mbo-certificaat Verzorgende IG: medicatie en voorbehouden handelingen";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void anEmployedCitizenReadsWhoTheCareSchemeIsForAndWhatHerEmployerPays(boolean javaScript) {
        try (Session session = BROWSER.newSession(javaScript)) {
            Page page = session.page();
            logIn(page, port, "fatima");
            page.navigate(url("/regelingen"));
            Locator card =
                    page.locator("article.scheme-window").filter(new Locator.FilterOptions().setHasText(CARE_WINDOW));
            assertThat(card)
                    .containsText("De regeling is voor opleidingen die opleiden voor werk in het vakgebied zorg.");
            assertThat(card).containsText("Daarnaast betaalt uw werkgever 50% van de kosten (cofinanciering).");
            assertThat(card).containsText("U werkt in loondienst: uw werkgever betaalt mee.");
            session.assertAccessible("the open windows with the care scheme (fatima)");

            link(page, "Bekijk " + CARE_WINDOW + " en vraag aan").click();
            page.waitForURL(Pattern.compile(".*/regelingen/[0-9a-f-]{36}$"));
            assertThat(heading(page)).hasText(CARE_WINDOW);
            page.getByLabel("Staat uw opleiding er niet bij? Zoek op naam").fill("Verzorgende IG medicatie");
            button(page, "Zoeken").click();
            chooseCareCertificate(page);
            button(page, "Kan ik meedoen?").click();

            Locator outcome = page.locator("#uitkomst");
            assertThat(outcome).containsText("Ja, u kunt meedoen");
            assertThat(outcome).containsText("Uw werkgever betaalt 50%");
            assertThat(outcome).containsText("(cofinanciering)");
            session.assertAccessible("the answer with co-financing (fatima)");

            // The form offers only the types the scheme pays for; an ICT certificate is one, but not in care.
            page.getByLabel("Staat uw opleiding er niet bij? Zoek op naam").fill("ICT-support werkplekbeheer");
            button(page, "Zoeken").click();
            Locator ict = page.locator("#opleiding option")
                    .filter(new Locator.FilterOptions().setHasText("Mbo-certificaat ICT-support"))
                    .first();
            page.getByLabel("Opleiding", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(String.valueOf(ict.getAttribute("value")));
            button(page, "Kan ik meedoen?").click();
            assertThat(outcome).containsText("Nee, u kunt nu niet meedoen");
            assertThat(outcome).containsText("vakgebied zorg");
            session.assertAccessible("the answer with rule T7 (fatima)");
            session.assertNoBrowserErrors();
        }
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void aSelfEmployedCitizenIsToldTheCareSchemeNeedsAnEmployer(boolean javaScript) {
        try (Session session = BROWSER.newSession(javaScript)) {
            Page page = session.page();
            logIn(page, port, "kees");
            page.navigate(url("/regelingen"));
            link(page, "Bekijk " + CARE_WINDOW + " en vraag aan").click();
            page.waitForURL(Pattern.compile(".*/regelingen/[0-9a-f-]{36}$"));
            page.getByLabel("Staat uw opleiding er niet bij? Zoek op naam").fill("Verzorgende IG medicatie");
            button(page, "Zoeken").click();
            chooseCareCertificate(page);
            button(page, "Kan ik meedoen?").click();

            Locator outcome = page.locator("#uitkomst");
            assertThat(outcome).containsText("Nee, u kunt nu niet meedoen");
            assertThat(outcome).containsText("werkt u nu niet in loondienst");
            session.assertAccessible("the answer with rule C1 (kees)");
            session.assertNoBrowserErrors();
        }
    }

    /** The certificate in the narrowed list, whichever provider gives it. */
    private static void chooseCareCertificate(Page page) {
        Locator choice = page.locator("#opleiding option")
                .filter(new Locator.FilterOptions().setHasText(CARE_CERTIFICATE))
                .first();
        page.getByLabel("Opleiding", new Page.GetByLabelOptions().setExact(true))
                .selectOption(String.valueOf(choice.getAttribute("value")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
