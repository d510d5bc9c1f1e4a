package nl.leerbudget.audit.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerbudget.support.OnPage.button;
import static nl.leerbudget.support.OnPage.heading;
import static nl.leerbudget.support.OnPage.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor's pages in a real browser without JavaScript: wim finds his own verification in the audit trail by
 * filtering on actor and action, is told a wrong date in Dutch at the field, and runs the verification from a page.
 * No serious or critical accessibility problem (axe-core).
 */
@IntegrationTest
class AuditPagesBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("AuditPagesBrowserIT");

    @LocalServerPort
    int port;

    @Test
    void theAuditorVerifiesTheTrailFromAPageAndFindsThatRunInTheTrail() {
        try (Session session = BROWSER.newSession(false)) {
            Page page = session.page();
            page.navigate(url("/start"));
            page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))
                    .fill("wim");
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                    .fill(DemoIdentities.PASSWORD);
            button(page, "Inloggen").click();

            link(page, "Controle").first().click();
            page.waitForURL(url("/audit/controle"));
            assertThat(heading(page)).hasText("Audittrail controleren");
            session.assertAccessible("the verification page before a run (wim)");

            button(page, "Controle uitvoeren").click();
            page.waitForURL(url("/audit/controle"));
            assertThat(page.locator("#uitkomst-titel")).hasText("Uitkomst");
            assertThat(page.locator("#keten")).containsText("De keten is heel:");
            assertThat(page.locator("#keten")).containsText("records gecontroleerd.");
            session.assertAccessible("the verification's result (wim)");

            link(page, "Terug naar de audittrail").click();
            page.waitForURL(url("/audit"));
            page.getByLabel("Wat (actie, bijvoorbeeld POST of /api/v1/holds)").fill("POST /audit/controle");
            page.getByLabel("Vanaf datum (jjjj-mm-dd)")
                    .fill(LocalDate.now(Ledger.ZONE).toString());
            button(page, "Zoeken").click();
            Locator records = page.locator("#audit-records tbody tr");
            assertThat(records.first()).containsText("POST /audit/controle");
            assertThat(records.first()).containsText("200");
            session.assertAccessible("the audit trail filtered on the verification (wim)");

            page.navigate(url("/audit?van=gisteren"));
            assertThat(page.locator(".field-error"))
                    .hasText("Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2027-03-01.");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Niet alle filters konden worden gebruikt");
            session.assertAccessible("the audit trail with a wrong date (wim)");
            session.assertNoBrowserErrors();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
