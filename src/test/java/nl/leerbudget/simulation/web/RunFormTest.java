package nl.leerbudget.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.leerbudget.simulation.Scenario;
import org.junit.jupiter.api.Test;

class RunFormTest {

    private static RunForm form(List<String> scenarios, String own, String years, String people, String seed) {
        return new RunForm(scenarios, own, years, people, seed, true);
    }

    private static RunForm.Read.Invalid invalid(RunForm form) {
        return (RunForm.Read.Invalid) form.read();
    }

    @Test
    void readsThePickedScenariosWithTheChosenYearsPeopleAndSeed() {
        RunForm.Read read =
                form(List.of("stap", "neutraal"), "", "3", "10000", "42").read();

        RunRequest request = ((RunForm.Read.Valid) read).request();
        assertThat(request.scenarios()).extracting(Scenario::id).containsExactly("stap-3j", "neutraal-3j");
        assertThat(request.scenarios()
                        .getFirst()
                        .count("years", request.scenarios().getFirst().start()))
                .isEqualTo(3);
        assertThat(request.chosen())
                .extracting(RunRequest.Chosen::text)
                .containsExactly(Scenario.builtInText("stap"), Scenario.builtInText("neutraal"));
        assertThat(request.people()).isEqualTo(10_000);
        assertThat(request.seed()).isEqualTo(42);
        assertThat(request.command())
                .isEqualTo("java -cp target/classes nl.leerbudget.simulation.SimulationCommand --people 10000"
                        + " --seed 42 --scenario stap --scenario neutraal --years 3 --out simulatie");
    }

    @Test
    void addsTheAnalystsOwnScenarioAfterThePickedOnes() {
        String own =
                "name = Halve benutting\nbaseline = neutraal\n" + "right.utilisation = 0.5 share | AANNAME: de helft\n";

        RunRequest request = ((RunForm.Read.Valid)
                        form(List.of("neutraal"), own, "1", "10000", "1").read())
                .request();

        assertThat(request.scenarios()).extracting(Scenario::id).containsExactly("neutraal-1j", "eigen-1j");
        assertThat(request.chosen().getLast()).isEqualTo(new RunRequest.Chosen("eigen", own, true));
        assertThat(request.command()).contains("--scenario neutraal --scenario-file eigen.scenario");
    }

    @Test
    void namesEveryWrongLineOfAnOwnScenarioInDutchAndRunsNothing() {
        String own = "name = Fout\nbaseline = neutraal\nright.utilisation = 1.5 share | AANNAME: te veel\n"
                + "right.kleur = rood name | AANNAME\nzomaar wat\n";

        RunForm.Read.Invalid read = invalid(form(List.of(), own, "1", "10000", "1"));

        assertThat(read.problems().get("eigen"))
                .containsExactly(
                        "Regel 3: right.utilisation: een aandeel ligt tussen 0 en 1.",
                        "Regel 4: onbekende sleutel 'right.kleur'.",
                        "Regel 5: schrijf 'sleutel = waarde eenheid | bron', niet 'zomaar wat'.");
        assertThat(read.problems()).containsOnlyKeys("eigen");
    }

    @Test
    void findsWhatOnlyRunningFindsBeforeAnythingIsQueued() {
        String own = "name = Onbekend beleid\nbaseline = neutraal\n"
                + "right.policy = bestaat-niet name | AANNAME: een beleid dat er niet is\n";

        RunForm.Read.Invalid read = invalid(form(List.of(), own, "1", "10000", "1"));

        assertThat(read.problems().get("eigen"))
                .singleElement()
                .asString()
                .startsWith("Dit scenario kan niet rekenen. Kijk of het beleid (right.policy) en de regeling");
    }

    @Test
    void refusesScenariosThatStartInAnotherYearThanThePickedOnes() {
        String own = "name = Later\nbaseline = stap\nstart-year = 2030 years | AANNAME: later\n";

        RunForm.Read.Invalid read = invalid(form(List.of("stap"), own, "1", "10000", "1"));

        assertThat(read.problems().get("eigen"))
                .containsExactly("Het scenario 'eigen-1j' begint in 2030, 'stap-1j' in 2027; ze moeten in hetzelfde"
                        + " jaar beginnen.");
    }

    @Test
    void saysPerFieldWhatIsMissingOrOutOfBounds() {
        RunForm.Read.Invalid read = invalid(form(List.of("bestaat-niet"), "", "16", "12345", "-1"));

        assertThat(read.problems().get("scenario"))
                .containsExactly(
                        "Het scenario 'bestaat-niet' bestaat niet. Kies een scenario uit de lijst.",
                        "Kies ten minste één scenario, of schrijf een eigen scenario.");
        assertThat(read.problems().get("jaren")).containsExactly("Vul een aantal jaren in van 1 tot en met 15.");
        assertThat(read.problems().get("personen")).containsExactly("Kies een van de aantallen personen uit de lijst.");
        assertThat(read.problems().get("startgetal"))
                .containsExactly("Vul als startgetal een heel getal in van 0 tot en met 999999999.");
    }

    @Test
    void refusesMoreScenariosThanFitSideBySide() {
        List<String> all = RunForm.shipped();
        assertThat(all.size()).isGreaterThan(RunForm.MAXIMUM_SCENARIOS);

        RunForm.Read.Invalid read = invalid(form(all, "", "1", "10000", "1"));

        assertThat(read.problems().get("scenario")).containsExactly("Kies hoogstens 8 scenario's tegelijk.");
    }

    @Test
    void listsTheFourVariantsAndTheCombinationFirstAndTheBaselineLast() {
        List<String> shipped = RunForm.shipped();

        assertThat(shipped.subList(0, 5))
                .containsExactly("stap", "leerrekening", "regressief", "neutraal", "combinatie");
        assertThat(shipped).contains("f1-stap", "f7-leerrekening");
        assertThat(shipped.getLast()).isEqualTo("basis");
    }
}
