package nl.leerbudget.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright for the browser tests, with an accessibility check by axe-core. One per test
 * class, registered as an extension ({@code @RegisterExtension static final Browser BROWSER = new Browser("…")}): it
 * starts before the class's tests, requires itself before each, and stops after them. Where Chromium cannot start,
 * the tests fail in CI ({@code CI=true}) and are skipped elsewhere, saying why.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final String CHROMIUM = "/usr/bin/chromium";

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final String owner;
    private @Nullable Playwright playwright;
    private com.microsoft.playwright.@Nullable Browser browser;
    private @Nullable String unavailable;

    /** @param owner the test class, named in messages */
    public Browser(String owner) {
        this.owner = owner;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        requireAvailable();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public void start() {
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
                stop();
                unavailable = "Playwright could not start the Chromium executable " + CHROMIUM + ": " + e.getMessage();
            }
        }
        if (unavailable != null) {
            System.err.println(owner + ": " + unavailable);
        }
    }

    /** Per test rather than once for the class, so that the report counts skipped tests as skipped. */
    public void requireAvailable() {
        String reason = unavailable;
        if (reason == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("The browser tests are required in CI (CI=true), but " + reason);
        }
        Assumptions.abort("Browser tests skipped: " + reason);
    }

    public void stop() {
        var runningBrowser = browser;
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

    /** A fresh browser context (no cookies, no session, Dutch) with one page whose errors are collected. */
    public Session newSession() {
        return newSession(true);
    }

    /**
     * A fresh browser context as {@link #newSession()}, with or without JavaScript. axe-core is a script and does not
     * finish in a page without JavaScript: {@link Session#assertAccessible} then scans a copy of the page's document,
     * at the same address, in a page of its own that runs scripts.
     */
    public Session newSession(boolean javaScript) {
        var running = browser;
        if (running == null) {
            throw new IllegalStateException("the browser was not started");
        }
        BrowserContext context = running.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("nl-NL")
                .setJavaScriptEnabled(javaScript));
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
        Page scanner = null;
        if (!javaScript) {
            BrowserContext scanning =
                    running.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"));
            scanning.setDefaultTimeout(15_000);
            scanner = scanning.newPage();
        }
        return new Session(context, page, errors, scanner);
    }

    /**
     * A browser context with its page and the errors seen in it.
     *
     * @param scanner for a context without JavaScript, a page of another context, with JavaScript, for axe-core
     */
    public record Session(
            BrowserContext context,
            Page page,
            List<String> errors,
            @Nullable Page scanner) implements AutoCloseable {

        /** No script errors, no content security policy violations, no failed requests. */
        public void assertNoBrowserErrors() {
            assertThat(errors).as("errors in the browser").isEmpty();
        }

        /**
         * {@link Browser#assertAccessible} on the page as it is now. Without JavaScript, on a copy of its document
         * served at its own address to the scanner page (nothing is asked of the application again but the style
         * sheet), which is the same page: the application's pages have no scripts.
         */
        public void assertAccessible(String what) {
            Page scanning = scanner;
            if (scanning == null) {
                Browser.assertAccessible(page, what);
                return;
            }
            String html = page.content();
            String address = page.url().replaceFirst("#.*$", "");
            Predicate<String> document = address::equals;
            scanning.route(
                    document,
                    route -> route.fulfill(new Route.FulfillOptions()
                            .setStatus(200)
                            .setContentType("text/html;charset=UTF-8")
                            .setBody(html)));
            try {
                scanning.navigate(address);
            } finally {
                scanning.unroute(document);
            }
            // The style sheet came from the application, so that contrast is judged as the page shows it.
            assertThat(scanning.evaluate("() => [...document.styleSheets].some(s => s.cssRules.length > 0)"))
                    .as("the style sheet of the copy of %s", what)
                    .isEqualTo(true);
            Browser.assertAccessible(scanning, what + " (without JavaScript)");
        }

        @Override
        public void close() {
            context.close();
            if (scanner != null) {
                scanner.context().close();
            }
        }
    }

    /** Runs axe-core on the page; fails on serious or critical violations and lists every violation found. */
    public static void assertAccessible(Page page, String what) {
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
        String report = violations.stream().map(Browser::describe).collect(Collectors.joining("\n"));
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
}
