package nl.leerbudget.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.heading;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenID Connect login in a real browser (Chromium through Playwright): every demo user logs in at the development
 * identity provider's Dutch login page and lands on the start page of their role; a failed login says nothing about
 * whether the user exists; logging out ends both the application's and the identity provider's session; and the
 * pages have no serious or critical accessibility problems (axe-core).
 *
 * <p>Playwright never downloads a browser: it drives the Debian package's Chromium at {@value #CHROMIUM}, one browser
 * for the class and a fresh context (no cookies) per login. Where that cannot start, every test is skipped with a
 * message saying why, except in CI ({@code CI=true}), where every test fails with that message.
 */
@IntegrationTest
class LoginBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("LoginBrowserIT");

    private static final String LOGIN_FAILED = "Inloggen is niet gelukt";

    @LocalServerPort
    int port;

    static Stream<String> demoUsers() {
        return DemoIdentities.LOGINS.stream().map(DemoIdentities.DemoLogin::username);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void everyDemoUserLogsInAndLandsOnTheAccessibleStartPageOfTheirRole(String username) {
        DemoIdentities.DemoLogin login = DemoIdentities.login(username);
        try (Session session = newSession()) {
            Page page = session.page();
            List<String> authorizeRequests = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().contains("/oauth2/authorize?")) {
                    authorizeRequests.add(request.url());
                }
            });

            openLoginPage(page);
            logIn(page, username, DemoIdentities.PASSWORD);

            assertOnStartPage(page, login.role());
            assertThat(page.locator("main")).containsText(login.displayName());

            assertThat(authorizeRequests)
                    .as("the authorization requests of the login")
                    .isNotEmpty()
                    .allSatisfy(url -> assertThat(url)
                            .contains("response_type=code")
                            .contains("code_challenge_method=S256")
                            .contains("code_challenge=")
                            .contains("nonce=")
                            .contains("state=")
                            .contains("acr_values="));
            List<Cookie> cookies = session.context().cookies();
            assertThat(cookies).as("cookies after login").isNotEmpty();
            assertThat(cookies).as("every cookie is Secure and HttpOnly").allSatisfy(cookie -> {
                assertThat(cookie.secure).as(cookie.name + " secure").isTrue();
                assertThat(cookie.httpOnly).as(cookie.name + " httpOnly").isTrue();
            });
            session.assertNoBrowserErrors();

            // Every role's start page, the citizen's and the adviser's with the demo mandate (demi, ahmed).
            assertAccessible(page, "the start page of " + login.role() + " (" + username + ")");

            // The register's pages behind the start pages: the provider's own page, the reviewer's queue.
            String next = switch (login.role()) {
                case PROVIDER -> "/aanbieder";
                case REGISTER_REVIEWER -> "/beoordelen";
                default -> null;
            };
            if (next != null) {
                page.locator("main a[href='" + next + "']").click();
                page.waitForURL("**" + next);
                assertThat(heading(page).textContent()).isNotBlank();
                session.assertNoBrowserErrors();
                assertAccessible(page, next + " (" + username + ")");
            }
        }
    }

    @Test
    void aProviderImportsAnOoapiFileAndSeesWhatHappenedToEachObjectOrWhyNothingWasImported() throws Exception {
        // The shared example course, under an id of its own so that it is new whatever ran before.
        String course = Files.readString(Path.of("third-party/ooapi-v5/examples/3-Course.json"))
                .replace(
                        "1668dd09-660f-4303-a2bf-14bea154b39d",
                        UUID.randomUUID().toString());
        byte[] invalid = Files.readAllBytes(Path.of("third-party/ooapi-v5/examples/program_invalid.json"));
        try (Session session = newSession()) {
            Page page = session.page();
            openLoginPage(page);
            logIn(page, "marieke", DemoIdentities.PASSWORD);
            page.navigate(url("/aanbieder"));

            page.getByLabel("Bestand (JSON)")
                    .setInputFiles(new FilePayload(
                            "cursus.json", "application/json", course.getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren"))
                    .click();
            page.waitForURL("**/aanbieder/ooapi-import");
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("De import is gelukt: 1 onderdeel.");
            assertThat(page.locator("table")).containsText("nieuw aangemeld");
            assertThat(page.locator("table")).containsText("Course Example");
            session.assertNoBrowserErrors();
            assertAccessible(page, "the result of an OOAPI import");

            page.navigate(url("/aanbieder"));
            page.getByLabel("Bestand (JSON)")
                    .setInputFiles(new FilePayload("programma.json", "application/json", invalid));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren"))
                    .click();
            page.waitForURL("**/aanbieder/ooapi-import");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is niets geïmporteerd.");
            assertThat(page.locator("#import-fout li")).hasCount(6);
            assertAccessible(page, "the refusal of an invalid OOAPI file");
        }
    }

    @Test
    void aDemoCitizenSeesTheirLearningRightWithTheExplanation() {
        try (Session session = newSession()) {
            Page page = session.page();
            openLoginPage(page);
            logIn(page, "fatima", DemoIdentities.PASSWORD);
            assertOnStartPage(page, Role.CITIZEN);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Mijn leerrecht: hoeveel, tot wanneer en waarvoor"))
                    .click();
            page.waitForURL("**/mijn-leerrecht");

            assertThat(heading(page).textContent()).isEqualTo("Mijn leerrecht");
            assertThat(page.locator("#leerrecht-bedrag")).containsText("€");
            assertThat(page.locator("main")).containsText("Te gebruiken tot");
            assertThat(page.locator("main")).containsText("erkend zijn door het ministerie van OCW");
            assertThat(page.locator("#uitleg li").first()).isVisible();
            assertThat(page.locator("#uitleg")).containsText("mbo niveau 2 (op school, bol)");
            session.assertNoBrowserErrors();
            assertAccessible(page, "Mijn leerrecht (fatima)");
        }
    }

    @Test
    void aFailedLoginSaysTheSameForAWrongPasswordAndAnUnknownUser() {
        String wrongPassword;
        String wrongPasswordUrl;
        try (Session session = newSession()) {
            Page page = session.page();
            openLoginPage(page);
            logIn(page, "wim", "not-the-password");
            assertLoginFailed(page);
            wrongPassword = page.locator("main").innerText();
            wrongPasswordUrl = page.url();

            // The failure does not spoil the login: the right password still leads to the start page.
            logIn(page, "wim", DemoIdentities.PASSWORD);
            assertOnStartPage(page, Role.AUDITOR);
            session.assertNoBrowserErrors();
        }
        try (Session session = newSession()) {
            Page page = session.page();
            openLoginPage(page);
            logIn(page, "niemand-" + System.nanoTime(), "not-the-password");
            assertLoginFailed(page);
            assertThat(page.locator("main").innerText())
                    .as("the page after a login of an unknown user")
                    .isEqualTo(wrongPassword);
            assertThat(page.url())
                    .as("the address after a login of an unknown user")
                    .isEqualTo(wrongPasswordUrl);
            session.assertNoBrowserErrors();
        }
    }

    @Test
    void loggingOutEndsTheSessionAtTheApplicationAndTheIdentityProvider() {
        try (Session session = newSession()) {
            Page page = session.page();
            openLoginPage(page);
            logIn(page, "jan", DemoIdentities.PASSWORD);
            assertOnStartPage(page, Role.CITIZEN);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                    .click();
            page.waitForURL(url("/?uitgelogd"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent uitgelogd.");

            // No single sign-on left behind: the start page asks for the password again.
            page.navigate(url("/start"));
            assertOnLoginPage(page);
            session.assertNoBrowserErrors();
        }
    }

    @Test
    void theLoginPageIsAccessible() {
        try (Session session = newSession()) {
            Page page = session.page();
            openLoginPage(page);
            assertAccessible(page, "the login page");

            logIn(page, "niemand-" + System.nanoTime(), "not-the-password");
            assertLoginFailed(page);
            assertAccessible(page, "the login page after a failed login");
        }
    }

    @Test
    void theHomePageIsAccessible() {
        try (Session session = newSession()) {
            Page page = session.page();
            page.navigate(url("/"));
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            assertThat(heading(page)).hasText("Welkom bij Leerbudget");
            assertAccessible(page, "the home page");

            page.navigate(url("/?uitgelogd"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent uitgelogd.");
            assertAccessible(page, "the home page after logging out");
        }
    }

    private void openLoginPage(Page page) {
        page.navigate(url("/start"));
        assertOnLoginPage(page);
    }

    private void assertOnLoginPage(Page page) {
        assertThat(page).hasURL(url("/inloggen"));
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(heading(page)).hasText("Inloggen");
    }

    private static void logIn(Page page, String username, String password) {
        exactLabel(page, "Gebruikersnaam").fill(username);
        exactLabel(page, "Wachtwoord").fill(password);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inloggen").setExact(true))
                .click();
    }

    private void assertOnStartPage(Page page, Role role) {
        if (role == Role.CITIZEN) {
            // A citizen's start page is the overview of their budgets.
            page.waitForURL(url(Pages.CITIZEN_START));
            assertThat(heading(page)).hasText(Pages.title(role));
            return;
        }
        page.waitForURL(url("/start"));
        assertThat(heading(page)).hasText(Pages.title(role));
        assertThat(page.locator("main")).hasAttribute("data-role", role.name());
    }

    private void assertLoginFailed(Page page) {
        page.waitForURL(url("/inloggen?mislukt"));
        assertThat(heading(page)).hasText("Inloggen");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(LOGIN_FAILED);
    }

    private static Locator exactLabel(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
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
