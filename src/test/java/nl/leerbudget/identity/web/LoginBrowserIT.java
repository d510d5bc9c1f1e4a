package nl.leerbudget.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    static final String CHROMIUM = "/usr/bin/chromium";

    private static final String LOGIN_FAILED = "Inloggen is niet gelukt";
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static @Nullable Playwright playwright;
    private static @Nullable Browser browser;
    /** Why the browser could not be started, if it could not. */
    private static @Nullable String unavailable;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        unavailable = null;
        Path executable = Paths.get(CHROMIUM);
        if (!Files.isExecutable(executable)) {
            unavailable = "the Chromium executable " + CHROMIUM + " is missing (Debian: apt-get install chromium)";
        } else {
            try {
                // Failsafe sets this variable too; repeated here so that a run from an IDE never downloads a browser.
                playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(executable)
                                .setHeadless(true)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--disable-quic",
                                        "--no-first-run",
                                        "--disable-dev-shm-usage")));
            } catch (RuntimeException e) {
                stopBrowser();
                unavailable = "Playwright could not start the Chromium executable " + CHROMIUM + ": " + e.getMessage();
            }
        }
        if (unavailable != null) {
            System.err.println("LoginBrowserIT: " + unavailable);
        }
    }

    /**
     * Without a browser every test fails in CI ({@code CI=true}), where the browser tests are required, and is skipped
     * elsewhere, saying why. Per test rather than once for the class, so that the report counts them as skipped.
     */
    @BeforeEach
    void requireBrowser() {
        String reason = unavailable;
        if (reason == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("The browser tests are required in CI (CI=true), but " + reason);
        }
        Assumptions.abort("Browser tests skipped: " + reason);
    }

    @AfterAll
    static void stopBrowser() {
        Browser runningBrowser = browser;
        browser = null;
        if (runningBrowser != null) {
            runningBrowser.close();
        }
        Playwright runningPlaywright = playwright;
        playwright = null;
        if (runningPlaywright != null) {
            runningPlaywright.close();
        }
    }

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
        String course = Files.readString(Path.of("../shared/data/ooapi-v5/examples/3-Course.json"))
                .replace(
                        "1668dd09-660f-4303-a2bf-14bea154b39d",
                        UUID.randomUUID().toString());
        byte[] invalid = Files.readAllBytes(Path.of("../shared/data/ooapi-v5/examples/program_invalid.json"));
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
            assertThat(page.locator("#uitleg")).containsText("mbo 2 (bol)");
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

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** Runs axe-core on the page; fails on serious or critical violations and lists every violation found. */
    private static void assertAccessible(Page page, String what) {
        // Legacy mode runs axe.run() in the page itself instead of finishing in a fresh blank page: three times as
        // fast here. It skips cross-origin frames only, and these pages have no frames at all.
        AxeResults results = new AxeBuilder(page).setLegacyMode(true).analyze();
        assertThat(results.isErrored())
                .as("axe-core on %s: %s", what, results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses())
                .as("rules axe-core checked and passed on %s", what)
                .isNotEmpty();
        List<Rule> violations = results.getViolations();
        String report = violations.stream().map(LoginBrowserIT::describe).collect(Collectors.joining("\n"));
        if (!violations.isEmpty()) {
            System.out.println("axe-core on " + what + " (" + page.url() + "):\n" + report);
        }
        assertThat(violations)
                .as(
                        "serious or critical accessibility violations on %s (%s); all violations found:%n%s",
                        what, page.url(), report)
                .noneMatch(rule -> BLOCKING_IMPACTS.contains(String.valueOf(rule.getImpact())));
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("- [")
                .append(rule.getImpact())
                .append("] ")
                .append(rule.getId())
                .append(": ")
                .append(rule.getHelp())
                .append(" (")
                .append(rule.getHelpUrl())
                .append(")");
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    ")
                    .append(node.getTarget())
                    .append(" ")
                    .append(node.getHtml())
                    .append("\n      ")
                    .append(String.valueOf(node.getFailureSummary()).replace("\n", "\n      "));
        }
        return text.toString();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A fresh browser context (no cookies, no session) with one page whose errors are collected. */
    private Session newSession() {
        Browser running = browser;
        if (running == null) {
            throw new IllegalStateException("the browser was not started");
        }
        BrowserContext context = running.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add("console: " + message.text() + " at " + message.location());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                errors.add("HTTP " + response.status() + " " + response.url());
            }
        });
        return new Session(context, page, errors);
    }

    private record Session(BrowserContext context, Page page, List<String> errors) implements AutoCloseable {

        /** No script errors, no content security policy violations, no failed requests. */
        void assertNoBrowserErrors() {
            assertThat(errors).as("errors in the browser").isEmpty();
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
