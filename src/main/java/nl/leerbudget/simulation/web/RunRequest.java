package nl.leerbudget.simulation.web;

import java.util.List;
import java.util.Objects;
import nl.leerbudget.simulation.Scenario;

/**
 * What an analyst asked to run, everything needed to run it again: the scenarios (each with the text it was read
 * from), the number of years, the size of the cohort and the seed.
 *
 * @param scenarios the scenarios as they run (with the chosen number of years)
 * @param chosen per scenario, in the same order, the id the analyst picked and the text it was read from
 * @param refresh whether the progress page reloads itself
 */
record RunRequest(List<Scenario> scenarios, List<Chosen> chosen, int years, int people, long seed, boolean refresh) {

    /**
     * A picked or written scenario.
     *
     * @param id the id of a shipped scenario, or {@link RunForm#OWN} for the analyst's own text
     * @param text the scenario file's text
     */
    record Chosen(String id, String text, boolean own) {}

    RunRequest {
        scenarios = List.copyOf(scenarios);
        chosen = List.copyOf(chosen);
        if (scenarios.isEmpty() || scenarios.size() != chosen.size()) {
            throw new IllegalArgumentException("one text per scenario, at least one");
        }
        Objects.requireNonNull(scenarios.getFirst());
    }

    /** The same run on the command line (an own scenario saved as {@code eigen.scenario}). */
    public String command() {
        StringBuilder command = new StringBuilder("java -cp target/classes nl.leerbudget.simulation.SimulationCommand")
                .append(" --people ")
                .append(people)
                .append(" --seed ")
                .append(seed);
        for (Chosen scenario : chosen) {
            command.append(
                    scenario.own()
                            ? " --scenario-file " + scenario.id() + ".scenario"
                            : " --scenario " + scenario.id());
        }
        return command.append(" --years ")
                .append(years)
                .append(" --out simulatie")
                .toString();
    }
}
