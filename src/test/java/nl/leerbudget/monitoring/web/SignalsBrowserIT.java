package nl.leerbudget.monitoring.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.PayoutHold;
import nl.leerbudget.schemes.PayoutHolds;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.Browser;
import nl.leerbudget.support.Browser.Session;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reviewers' signals page in a real browser without JavaScript: ruud (register reviewer) sees a price far above
 * comparable offerings (M3) with its evidence, holds the provider's payouts with a reason, sees the hold, and releases
 * it with a reason. No serious or critical accessibility problem (axe-core).
 *
 * <p>Before, five EVC procedures of 1,000 euros and one of 50,000 euros are admitted, each from a new provider of this
 * test's own: the last is more than three times the median of the others.
 */
@IntegrationTest
class SignalsBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser("SignalsBrowserIT");

    @LocalServerPort
    int port;

    @Autowired
    Register register;

    @Autowired
    Ledger ledger;

    @Autowired
    PayoutHolds holds;

    ProviderId expensive;

    @BeforeEach
    void requireBrowserAndAnExpensiveOffering() {
        SystemActor.install();
        try {
            Trainings trainings = new Trainings(register, ledger);
            for (int i = 0; i < 5; i++) {
                trainings.admitted(evc(100_000));
            }
            expensive =
                    new ProviderId(trainings.admitted(evc(5_000_000)).payable().value());
        } finally {
            SystemActor.clear();
        }
    }

    @Test
    void theReviewerSeesAnOverpricedOfferingHoldsTheProvidersPayoutsWithAReasonAndReleasesThem() {
        String name = register.provider(expensive).orElseThrow().name();
        try (Session session = BROWSER.newSession(false)) {
            Page page = session.page();
            page.navigate(url("/start"));
            page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))
                    .fill("ruud");
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                    .fill(DemoIdentities.PASSWORD);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Inloggen").setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Signalen").setExact(true))
                    .first()
                    .click();
            page.waitForURL(url("/signalen"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Signalen van misbruik");

            Locator provider = page.locator("section")
                    .filter(new Locator.FilterOptions()
                            .setHas(page.getByRole(
                                    AriaRole.HEADING,
                                    new Page.GetByRoleOptions().setName(name).setExact(true))));
            assertThat(provider).containsText("M3");
            assertThat(provider).containsText("Prijs € 50.000,00");
            assertThat(page.locator("#niet-titel")).hasText("Wat we niet kunnen zien");
            session.assertAccessible("the signals page (ruud)");

            provider.getByLabel("Waarom houdt u de uitbetalingen vast?")
                    .fill("Prijs vijftig keer de mediaan; navragen.");
            provider.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitbetalingen vasthouden"))
                    .click();

            assertThat(page.locator("p.notice[role=status]"))
                    .hasText("De uitbetalingen aan " + name + " staan nu vast.");
            Locator heldCard = page.locator("div.card").filter(new Locator.FilterOptions().setHasText(name));
            assertThat(heldCard).containsText("Prijs vijftig keer de mediaan; navragen.");
            assertThat(ActingAs.run(ActingAs.administrator(), holds::holds)).anySatisfy(hold -> {
                assertThat(hold.provider()).isEqualTo(expensive.value());
                assertThat(hold.reason()).isEqualTo("Prijs vijftig keer de mediaan; navragen.");
            });
            session.assertAccessible("the signals page with a hold (ruud)");

            heldCard.getByLabel("Waarom geeft u de uitbetalingen vrij?").fill("Prijs klopt: een traject met examen.");
            heldCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitbetalingen vrijgeven"))
                    .click();

            assertThat(page.locator("p.notice[role=status]")).containsText("zijn vrijgegeven");
            assertThat(ActingAs.run(ActingAs.administrator(), holds::holds))
                    .noneSatisfy(hold -> assertThat(hold.provider()).isEqualTo(expensive.value()));
            assertThat(ActingAs.run(ActingAs.administrator(), () -> holds.history(expensive)))
                    .extracting(PayoutHold.Change::kind)
                    .containsExactly(PayoutHold.Kind.RELEASE, PayoutHold.Kind.HOLD);
            session.assertNoBrowserErrors();
        }
    }

    private static OfferingDetails evc(long price) {
        return new OfferingDetails(
                OfferingType.EVC_PROCEDURE,
                "Ervaringscertificaat " + UUID.randomUUID().toString().substring(0, 6),
                "Een EVC-traject: wat u al kunt, vastgelegd in een ervaringscertificaat, met een assessment op locatie.",
                null,
                40,
                OfferingDetails.StudyLoadUnit.HOURS,
                price,
                0,
                price,
                OfferingDetails.Modality.IN_PERSON,
                "Utrecht",
                List.of(LocalDate.of(2027, 9, 1)),
                null,
                List.of("techniek"),
                List.of(),
                false);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
