package nl.leerbudget.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.leerbudget.identity.batch.DemoIdentities;

/** What the browser tests do on every page: find the main heading, a link or button by its name, and log in. */
public final class OnPage {

    private OnPage() {}

    /**
     * Logs a demo user in through the login page, as a person would: from {@code /start} to the login form and back
     * to the user's own start page (a citizen's overview, everyone else's start page).
     */
    public static void logIn(Page page, int port, String username) {
        page.navigate("http://localhost:" + port + "/start");
        assertThat(page).hasURL("http://localhost:" + port + "/inloggen");
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))
                .fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill(DemoIdentities.PASSWORD);
        button(page, "Inloggen").click();
        page.waitForURL(address -> !address.contains("/inloggen"));
    }

    /** The page's one level-1 heading. */
    public static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** The link with exactly this accessible name. */
    public static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The button with exactly this accessible name. */
    public static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The main menu. */
    public static Locator navigation(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
    }
}
