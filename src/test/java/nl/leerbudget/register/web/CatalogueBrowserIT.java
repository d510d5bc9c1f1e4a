package nl.leerbudget.register.web;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import nl.leerbudget.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    static final String CHROMIUM = "/usr/bin/chromium";

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
            System.err.println("CatalogueBrowserIT: " + unavailable);
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
            Locator results = page.locator("ol.hits");
            assertThat(results).containsText("Mbo-certificaat Elektrotechniek: installeren");
            assertThat(results).containsText("Nederlands op de werkvloer (B1)");
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
            assertThat(page.locator("#wel-boeken")).hasText("U kunt deze opleiding boeken.");
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
            assertThat(hit).containsText("Nu niet te boeken");
            hit.getByRole(AriaRole.LINK).click();

            assertThat(heading(page)).hasText("Projectmanagement in één dag");
            Locator warning = page.locator("#niet-boeken");
            assertThat(warning.getByRole(AriaRole.HEADING)).hasText("U kunt deze opleiding nu niet boeken");
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
        String report = violations.stream().map(CatalogueBrowserIT::describe).collect(Collectors.joining("\n"));
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
            // The browser asks for a favicon by itself, now and then; the application has none (yet).
            if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
                errors.add("console: " + message.text() + " at " + message.location());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
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
