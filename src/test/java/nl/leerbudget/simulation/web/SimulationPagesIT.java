package nl.leerbudget.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerbudget.audit.AuditLine;
import nl.leerbudget.audit.AuditSearch;
import nl.leerbudget.audit.AuditTrail;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.simulation.Tables;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulator's pages without a browser: noor starts runs, follows their progress and reads and downloads their
 * result; the same scenarios and seed give the same files; a wrong own scenario runs nothing; a citizen may not come
 * in; starting a run is in the audit trail.
 */
@IntegrationTest
class SimulationPagesIT {

    private static final String OWN = "name = Neutraal, halve benutting\nbaseline = neutraal\n"
            + "right.utilisation = 0.125 share | AANNAME: de helft van de 25% van seed 003\n";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    private static Map<String, String> form(String scenario, String own, String years, String people, String seed) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("scenario", scenario);
        form.put("eigen", own);
        form.put("jaren", years);
        form.put("personen", people);
        form.put("startgetal", seed);
        form.put("vernieuwen", "nee");
        return form;
    }

    /** Reloads the run's page until it shows the result. */
    private static WebSession.Page result(WebSession session, String path) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        WebSession.Page page = session.get(path);
        while (!page.text().contains("Uitkomst van de berekening") && System.nanoTime() < until) {
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.text()).doesNotContain("Berekening mislukt");
            Thread.sleep(250);
            page = session.get(path);
        }
        assertThat(page.text()).as(page.toString()).contains("Uitkomst van de berekening");
        return page;
    }

    private List<AuditLine> startsRecorded() {
        LocalDate today = LocalDate.now(Ledger.ZONE);
        return trail.search(new AuditSearch(null, "POST /simulaties", null, today.minusDays(1), today, 1, 200))
                .items();
    }

    @Test
    void noorRunsAPickedAndAnOwnScenarioSideBySideAndEveryRunShowsItsTextsAndSeed() throws InterruptedException {
        WebSession noor = WebSession.logIn(port, "noor", DemoIdentities.PASSWORD);
        WebSession.Page start = noor.get("/start");
        assertThat(start.html()).contains("href=\"/simulaties\"");
        WebSession.Page form = noor.get("/simulaties");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Rekenen aan beleidsvarianten", "Voucher: STAP-budget", "Neutraal leerrecht");
        int recordedBefore = startsRecorded().size();

        WebSession.Page started = noor.post("/simulaties", form("stap", OWN, "2", "10000", "4242"));

        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.path()).matches("/simulaties/[0-9a-f-]{36}");
        WebSession.Page page = result(noor, started.path());
        assertThat(page.text())
                .contains(
                        "stap-2j",
                        "eigen-2j",
                        "Neutraal, halve benutting",
                        "Startgetal (seed) 4242",
                        "right.utilisation = 0.125 share | AANNAME: de helft van de 25% van seed 003",
                        "--people 10000 --seed 4242 --scenario stap --scenario-file eigen.scenario --years 2",
                        "Publieke kosten per jaar",
                        "Bereik per groep in 2027",
                        "Verdeling van het bedrag per persoon",
                        "Van stap-2j naar eigen-2j");
        assertThat(page.html()).contains("role=\"img\"", "<title id=\"grafiek-kosten-titel\">");

        String costs = noor.get(started.path() + "/kosten.csv").html();
        List<String> lines = costs.lines().toList();
        assertThat(lines.getFirst()).isEqualTo(Tables.COSTS_HEADER);
        assertThat(lines).hasSize(1 + 2 * 2);
        assertThat(lines.get(1)).startsWith("stap-2j,4242,2027,");
        assertThat(lines.get(3)).startsWith("eigen-2j,4242,2027,");
        String reach = noor.get(started.path() + "/bereik.csv").html();
        assertThat(reach.lines().toList().getFirst()).isEqualTo(Tables.REACH_HEADER);

        WebSession.Page again = noor.post("/simulaties", form("stap", OWN, "2", "10000", "4242"));
        assertThat(again.path()).isNotEqualTo(started.path());
        result(noor, again.path());
        assertThat(noor.get(again.path() + "/kosten.csv").html()).isEqualTo(costs);
        assertThat(noor.get(again.path() + "/bereik.csv").html()).isEqualTo(reach);

        List<AuditLine> recorded = startsRecorded();
        assertThat(recorded).hasSizeGreaterThanOrEqualTo(recordedBefore + 2);
        assertThat(recorded.getFirst().outcome()).isEqualTo("302");
        assertThat(recorded.getFirst().actor()).isNotIn("anonymous", "system");
    }

    @Test
    void aRunningRunShowsItsStepAndPercentageAndReloadsItselfWhenAsked() throws InterruptedException {
        WebSession noor = WebSession.logIn(port, "noor", DemoIdentities.PASSWORD);
        noor.get("/simulaties");
        Map<String, String> form = form("leerrekening", "", "15", "250000", "7");
        form.put("vernieuwen", "ja");

        WebSession.Page progress = noor.post("/simulaties", form);

        assertThat(progress.text()).as(progress.toString()).contains("Berekening bezig", "% klaar. Nu:");
        assertThat(progress.html())
                .contains("<meta http-equiv=\"refresh\" content=\"3\">", "<progress id=\"voortgang\" max=\"100\"")
                .contains("Stop het vanzelf");
        WebSession.Page stopped = noor.get(progress.path() + "?vernieuwen=nee");
        if (!stopped.text().contains("Uitkomst van de berekening")) {
            assertThat(stopped.html()).doesNotContain("http-equiv=\"refresh\"").contains("Vernieuw de pagina");
        }
        WebSession.Page done = result(noor, progress.path());
        assertThat(done.html()).doesNotContain("http-equiv=\"refresh\"");
        assertThat(noor.get("/simulaties").text()).contains("Recente berekeningen", "Leerrekening (commissie-Sap)");
    }

    @Test
    void aWrongOwnScenarioIsNamedLineByLineAndNothingRuns() {
        WebSession noor = WebSession.logIn(port, "noor", DemoIdentities.PASSWORD);
        noor.get("/simulaties");

        WebSession.Page refused = noor.post(
                "/simulaties",
                form(
                        "",
                        "name = Fout\nbaseline = neutraal\nright.utilisation = twee share | AANNAME\n",
                        "16",
                        "10000",
                        "x"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.path()).isEqualTo("/simulaties");
        assertThat(refused.text())
                .contains(
                        "De berekening is niet gestart",
                        "Regel 3: right.utilisation: geen getal: 'twee'.",
                        "Vul een aantal jaren in van 1 tot en met 15.",
                        "Vul als startgetal een heel getal in");
        assertThat(refused.html()).containsPattern("right.utilisation = twee share \\| AANNAME\\s*</textarea>");
    }

    @Test
    void editingAShippedScenarioPutsItsTextInTheOwnScenariosField() {
        WebSession noor = WebSession.logIn(port, "noor", DemoIdentities.PASSWORD);

        WebSession.Page page = noor.get("/simulaties?bewerk=neutraal");

        assertThat(page.html()).contains("name = Neutraal leerrecht").contains("baseline = basis");
    }

    @Test
    void aRunThatIsNotKeptIsNotFound() {
        WebSession noor = WebSession.logIn(port, "noor", DemoIdentities.PASSWORD);

        WebSession.Page unknown = noor.get("/simulaties/00000000-0000-0000-0000-000000000000");
        WebSession.Page nonsense = noor.get("/simulaties/geen-id");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("Berekening niet gevonden");
        assertThat(nonsense.status()).isEqualTo(404);
        assertThat(noor.get("/simulaties/00000000-0000-0000-0000-000000000000/kosten.csv")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCitizenMayNotUseTheSimulator() {
        WebSession demi = WebSession.logIn(port, "demi", DemoIdentities.PASSWORD);

        assertThat(demi.get("/simulaties").status()).isEqualTo(403);
        assertThat(demi.post("/simulaties", form("stap", "", "1", "10000", "1")).status())
                .isEqualTo(403);
    }
}
