package nl.leerbudget.skills.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.button;
import static nl.leerbudget.support.OnPage.heading;
import static nl.leerbudget.support.OnPage.link;
import static nl.leerbudget.support.OnPage.logIn;
import static nl.leerbudget.support.OnPage.navigation;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The skills pages in a real browser, with and without JavaScript: a demo citizen searches "verpleegkundige", picks
 * the general nurse, ticks a skill she has, sees what she misses and the demo's nursing courses with what they cost
 * her after her budgets and a button to book; from there the catalogue's filter by occupation. Every page has no
 * serious or critical accessibility problem (axe-core) and shows ESCO's attribution. Nothing is booked.
 */
@IntegrationTest
class SkillsBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("SkillsBrowserIT");

    private static final String NURSE = "algemeen verpleegkundige";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void aCitizenPicksNursingSeesHerGapAndARecommendedOfferingWithItsCost(boolean javaScript) {
        try (Session session = BROWSER.newSession(javaScript)) {
            Page page = session.page();
            logIn(page, port, "fatima");
            navigation(page)
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Beroepen"))
                    .click();
            page.waitForURL(url("/vaardigheden"));
            assertThat(heading(page)).hasText("Welk beroep wilt u?");
            assertThat(page.locator("main")).containsText("ESCO v1.1.1, © European Union");
            session.assertAccessible("the search for an occupation");

            page.getByLabel("Welk beroep wilt u gaan doen?").fill("verpleegkundige");
            button(page, "Zoeken").click();
            page.waitForURL(Pattern.compile(".*/vaardigheden\\?zoek=verpleegkundige$"));
            assertThat(page.locator("#beroepen")).containsText(NURSE);
            session.assertAccessible("the occupations found");

            link(page, NURSE).click();
            page.waitForURL(Pattern.compile(".*/vaardigheden/8d3e8aaa-791b-4c75-a465-f3f827028f50$"));
            assertThat(heading(page)).hasText("Wat hebt u nodig om " + NURSE + " te worden?");
            // Everything is missing until she says what she can.
            assertThat(page.locator("#mist-nodig-doen")).containsText("plan nursing care");
            session.assertAccessible("the gap for general nurse");

            page.getByLabel("plan nursing care", new Page.GetByLabelOptions().setExact(true))
                    .check();
            button(page, "Laat zien wat ik nog mis").click();
            page.waitForURL(Pattern.compile(".*/vaardigheden/8d3e8aaa-791b-4c75-a465-f3f827028f50\\?.*heb=6acf652c.*"));
            assertThat(page.locator("#mist-nodig-doen")).not().containsText("plan nursing care");
            assertThat(page.locator("#mist-nodig-doen")).containsText("implement fundamentals of nursing");

            Locator first = page.locator("#aanbevolen-0");
            assertThat(first).containsText("Verpleegkunde");
            assertThat(first).containsText("Na uw potjes betaalt u zelf");
            assertThat(first.getByRole(
                            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Boeken"))))
                    .isVisible();
            assertThat(page.locator("main")).containsText("ESCO v1.1.1, © European Union");
            session.assertAccessible("the gap with recommended offerings and their cost");

            link(page, "Alle opleidingen voor dit beroep").click();
            page.waitForURL(Pattern.compile(".*/opleidingen\\?beroep=8d3e8aaa-791b-4c75-a465-f3f827028f50$"));
            assertThat(page.locator("#vaardigheid-filter")).containsText("U ziet opleidingen voor het beroep " + NURSE);
            // The nursing courses, and the care courses that teach one of a nurse's essential skills.
            assertThat(page.locator(".hits")).containsText(Pattern.compile("Verpleegkunde|in de zorg"));
            assertThat(page.locator(".hits")).not().containsText("Heftruck");
            session.assertAccessible("the catalogue for general nurse");
            session.assertNoBrowserErrors();
        }
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void aVisitorStartsFromTheirCurrentOccupationAndIsAskedToLogInForTheCost(boolean javaScript) {
        try (Session session = BROWSER.newSession(javaScript)) {
            Page page = session.page();
            page.navigate(url("/vaardigheden/eeac6251-1974-42f5-91ed-513c6c883755"));
            assertThat(heading(page)).hasText("Wat hebt u nodig om heftruckchauffeur te worden?");
            page.getByLabel("Welk beroep hebt u nu? (mag leeg blijven)").fill("magazijnmedewerker");
            button(page, "Laat zien wat ik nog mis").click();
            page.waitForURL(Pattern.compile(".*nu=magazijnmedewerker.*"));
            page.getByLabel("magazijnmedewerker", new Page.GetByLabelOptions().setExact(true))
                    .check();
            button(page, "Laat zien wat ik nog mis").click();
            assertThat(page.locator("#huidig-beroep")).containsText("U begint bij: magazijnmedewerker");
            // A warehouse worker already stores goods; the forklift remains to learn.
            assertThat(page.locator("#mist-nodig-doen")).not().containsText("operate warehouse materials");
            assertThat(page.locator("#mist-nodig-doen")).containsText("operate forklift");
            Locator first = page.locator("#aanbevolen-0");
            assertThat(first).containsText("Heftruck");
            assertThat(first).containsText("u ziet het na het inloggen");
            session.assertNoBrowserErrors();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
