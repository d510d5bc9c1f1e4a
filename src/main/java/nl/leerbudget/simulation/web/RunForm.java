package nl.leerbudget.simulation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.simulation.Scenario;
import nl.leerbudget.simulation.ScenarioException;
import nl.leerbudget.simulation.SideBySide;
import nl.leerbudget.simulation.SimulationCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The form of the simulator page as the analyst filled it in, and its reading into a {@link RunRequest}: every field
 * checked, every problem in Dutch next to its field, the own scenario's problems per line. Nothing runs while a
 * field is wrong.
 *
 * @param scenarios the ids of the shipped scenarios picked
 * @param own the text of the analyst's own scenario, or blank
 */
record RunForm(List<String> scenarios, String own, String years, String people, String seed, boolean refresh) {

    /** The id of the analyst's own scenario. */
    static final String OWN = "eigen";

    /** At most this many scenarios side by side. */
    static final int MAXIMUM_SCENARIOS = 8;

    /** The sizes of the cohort an analyst may choose: enough for stable figures, small enough for two cores. */
    static final List<Integer> PEOPLE = List.of(10_000, 50_000, 100_000, 250_000, 500_000);

    static final int DEFAULT_PEOPLE = 50_000;
    static final int DEFAULT_YEARS = 5;
    static final long DEFAULT_SEED = 2027;
    static final long MAXIMUM_SEED = 999_999_999L;

    /** The people of the trial run that checks an own scenario before it is queued. */
    private static final int TRIAL_PEOPLE = 200;

    /** The four variants and their combination first, then the facts, the baseline last. */
    private static final List<String> FIRST = List.of("stap", "leerrekening", "regressief", "neutraal", "combinatie");

    RunForm {
        scenarios = List.copyOf(scenarios);
    }

    static RunForm empty() {
        return new RunForm(
                List.of("stap", "leerrekening", "regressief", "neutraal"),
                "",
                Integer.toString(DEFAULT_YEARS),
                Integer.toString(DEFAULT_PEOPLE),
                Long.toString(DEFAULT_SEED),
                false);
    }

    /** The form with the text of shipped scenario {@code id} in the own scenario's field, to change it. */
    static RunForm editing(String id) {
        RunForm empty = empty();
        return new RunForm(List.of(), Scenario.builtInText(id), empty.years, empty.people, empty.seed, false);
    }

    /** The result of reading the form. */
    sealed interface Read {
        record Valid(RunRequest request) implements Read {}

        /** @param problems per field ({@code scenario}, {@code eigen}, {@code jaren}, {@code personen}, {@code startgetal}) */
        record Invalid(Map<String, List<String>> problems) implements Read {

            List<String> all() {
                return problems.values().stream().flatMap(List::stream).toList();
            }
        }
    }

    Read read() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> shipped = shipped();
        Set<String> picked = new LinkedHashSet<>();
        for (String id : scenarios) {
            if (!shipped.contains(id)) {
                add(problems, "scenario", "Het scenario '" + id + "' bestaat niet. Kies een scenario uit de lijst.");
            } else if (!picked.add(id)) {
                add(problems, "scenario", "U koos het scenario '" + id + "' twee keer.");
            }
        }
        boolean hasOwn = !own.isBlank();
        if (picked.isEmpty() && !hasOwn) {
            add(problems, "scenario", "Kies ten minste één scenario, of schrijf een eigen scenario.");
        }
        if (picked.size() + (hasOwn ? 1 : 0) > MAXIMUM_SCENARIOS) {
            add(problems, "scenario", "Kies hoogstens " + MAXIMUM_SCENARIOS + " scenario's tegelijk.");
        }
        Integer yearCount = whole(years, 1, 15);
        if (yearCount == null) {
            add(problems, "jaren", "Vul een aantal jaren in van 1 tot en met 15.");
        }
        Integer size = whole(people, 1, Integer.MAX_VALUE);
        if (size == null || !PEOPLE.contains(size)) {
            add(problems, "personen", "Kies een van de aantallen personen uit de lijst.");
        }
        Long seedValue = seedValue();
        if (seedValue == null) {
            add(problems, "startgetal", "Vul als startgetal een heel getal in van 0 tot en met 999999999.");
        }
        List<RunRequest.Chosen> chosen = new ArrayList<>();
        for (String id : picked) {
            chosen.add(new RunRequest.Chosen(id, Scenario.builtInText(id), false));
        }
        Scenario ownScenario = null;
        if (hasOwn) {
            try {
                ownScenario = Scenario.parse(OWN, own, Scenario::builtIn);
                chosen.add(new RunRequest.Chosen(OWN, own.strip() + "\n", true));
            } catch (ScenarioException e) {
                for (String problem : e.problems()) {
                    add(problems, "eigen", capitalised(problem) + ".");
                }
            }
        }
        if (!problems.isEmpty() || yearCount == null || size == null || seedValue == null) {
            return new Read.Invalid(problems);
        }
        List<Scenario> toRun = new ArrayList<>();
        try {
            for (String id : picked) {
                toRun.add(SimulationCommand.withYears(Scenario.builtIn(id), yearCount));
            }
            if (ownScenario != null) {
                toRun.add(SimulationCommand.withYears(ownScenario, yearCount));
            }
            // A trial on a handful of people finds what only running finds (a policy or scheme that does not exist,
            // a value missing on a day), before anything is queued.
            SideBySide.run(toRun, TRIAL_PEOPLE, seedValue, (text, percent) -> {});
        } catch (ScenarioException e) {
            for (String problem : e.problems()) {
                add(problems, hasOwn ? "eigen" : "scenario", capitalised(problem) + ".");
            }
        } catch (RuntimeException e) {
            add(
                    problems,
                    hasOwn ? "eigen" : "scenario",
                    "Dit scenario kan niet rekenen. Kijk of het beleid (right.policy) en de regeling (voucher.scheme)"
                            + " bestaan. De melding was: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            return new Read.Invalid(problems);
        }
        return new Read.Valid(new RunRequest(toRun, chosen, yearCount, size, seedValue, refresh));
    }

    /** The shipped scenarios, in the order the page lists them. */
    static List<String> shipped() {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:/simulation/scenarios/*.scenario");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> ids = new ArrayList<>();
        for (Resource file : files) {
            String name = Objects.requireNonNull(file.getFilename());
            ids.add(name.substring(0, name.length() - ".scenario".length()));
        }
        ids.sort(Comparator.comparingInt((String id) -> {
                    int first = FIRST.indexOf(id);
                    return first >= 0 ? first : id.equals("basis") ? FIRST.size() + 1 : FIRST.size();
                })
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private @Nullable Long seedValue() {
        try {
            long value = Long.parseLong(seed.strip());
            return value >= 0 && value <= MAXIMUM_SEED ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Integer whole(String text, int least, int most) {
        try {
            int value = Integer.parseInt(text.strip().replace(".", ""));
            return value >= least && value <= most ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void add(Map<String, List<String>> problems, String field, String problem) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
