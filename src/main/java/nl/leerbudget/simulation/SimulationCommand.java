package nl.leerbudget.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The simulator on the command line (JDK and the pure rule classes only, no Spring, no database):
 *
 * <pre>
 * java -cp target/classes nl.leerbudget.simulation.SimulationCommand --people 1000000 --seed 2027 \
 *     --scenario stap --scenario leerrekening --scenario regressief --scenario neutraal \
 *     [--scenario-file mijn.scenario] [--years 10] [--buffer-runs 50 --percentile 95] [--out target/simulation]
 * </pre>
 *
 * A scenario is a shipped one by id, or a file (its id is the file name without {@code .scenario}; its baseline a
 * shipped scenario). Every scenario runs on the same cohort, drawn once from the seed; {@code --years} overrides the
 * scenarios' number of years. Writes {@code costs.csv} and {@code reach.csv} (and {@code units.csv} when a budget is
 * in hours or study credits) to {@code --out} and a table to standard output. A progress bar goes to standard error only when that is a terminal; otherwise the command stays quiet
 * until the table.
 */
public final class SimulationCommand {

    private static final String USAGE = "usage: SimulationCommand --people N --seed S --scenario ID [--scenario ID ...]"
            + " [--scenario-file FILE] [--years 1-15] [--buffer-runs N --percentile P] [--out DIR]";

    private SimulationCommand() {}

    public static void main(String[] args) {
        int people = -1;
        long seed = 0;
        boolean seeded = false;
        int years = 0;
        int bufferRuns = 0;
        int percentile = 95;
        Path out = null;
        List<Scenario> scenarios = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--people" -> people = Integer.parseInt(value);
                    case "--seed" -> {
                        seed = Long.parseLong(value);
                        seeded = true;
                    }
                    case "--scenario" -> scenarios.add(Scenario.builtIn(value));
                    case "--scenario-file" -> {
                        Path file = Path.of(value);
                        String id = file.getFileName().toString().replaceFirst("\\.scenario$", "");
                        scenarios.add(Scenario.parse(id, Files.readString(file), Scenario::builtIn));
                    }
                    case "--years" -> years = Integer.parseInt(value);
                    case "--buffer-runs" -> bufferRuns = Integer.parseInt(value);
                    case "--percentile" -> percentile = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (people < 1 || !seeded || scenarios.isEmpty()) {
                throw new IllegalArgumentException("--people, --seed and at least one --scenario are required");
            }
            if (years != 0) {
                List<Scenario> changed = new ArrayList<>();
                for (Scenario scenario : scenarios) {
                    changed.add(withYears(scenario, years));
                }
                scenarios = changed;
            }
        } catch (ScenarioException e) {
            System.err.println(String.join("\n", e.problems()));
            System.exit(2);
            return;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Progress progress = new Progress(terminal(), System.err);
        List<Projection> projections = run(scenarios, people, seed, progress);
        System.out.print(Tables.text(projections));
        if (bufferRuns > 0) {
            Cohort cohort = cohort(scenarios, people, seed, progress);
            int runs = bufferRuns;
            for (Scenario scenario : scenarios) {
                String label = "buffer " + scenario.id();
                Buffer buffer = Buffer.of(scenario, cohort, seed, runs, percentile, k -> progress.show(label, k, runs));
                progress.done();
                for (int y = 0; y < buffer.years(); y++) {
                    System.out.printf(
                            Locale.ROOT,
                            "%-22s jaar %d: gemiddeld %.1f mln, P%d %.1f mln, buffer %.1f mln%n",
                            scenario.id(),
                            scenario.start().getYear() + y,
                            buffer.mean(y) / 1e8,
                            percentile,
                            buffer.atPercentile(y) / 1e8,
                            buffer.buffer(y) / 1e8);
                }
            }
        }
        if (out != null) {
            try {
                Files.createDirectories(out);
                Files.writeString(out.resolve("costs.csv"), Tables.costsCsv(projections), StandardCharsets.UTF_8);
                Files.writeString(out.resolve("reach.csv"), Tables.reachCsv(projections), StandardCharsets.UTF_8);
                if (projections.stream().anyMatch(p -> !p.first().units().isEmpty())) {
                    Files.writeString(out.resolve("units.csv"), Tables.unitsCsv(projections), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                System.err.println("simulation: could not write " + out + ": " + e.getMessage());
                System.exit(1);
            }
        }
    }

    /**
     * Whether standard output and error are a terminal. Up to JDK 21 {@code System.console()} is null when they are
     * not; from JDK 22 on it always answers and {@code Console.isTerminal()} tells (called by name: the build targets
     * 21).
     */
    static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Draws one cohort with every rights policy the scenarios need and runs each scenario on it. */
    public static List<Projection> run(List<Scenario> scenarios, int people, long seed, Progress progress) {
        Cohort cohort = cohort(scenarios, people, seed, progress);
        List<Projection> projections = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            int years = (int) scenario.count("years", scenario.start());
            String label = scenario.id();
            projections.add(Simulation.run(scenario, cohort, seed, year -> progress.show(label, year, years)));
            progress.done();
        }
        return projections;
    }

    static Cohort cohort(List<Scenario> scenarios, int people, long seed, Progress progress) {
        Set<String> policies = new LinkedHashSet<>();
        for (Scenario scenario : scenarios) {
            if (scenario.flag("right", scenario.start())) {
                policies.add(scenario.name("right.policy", scenario.start()));
            }
        }
        Cohort cohort = Cohort.draw(
                seed,
                people,
                scenarios.getFirst(),
                List.copyOf(policies),
                done -> progress.show("bevolking", done, people));
        progress.done();
        return cohort;
    }

    /** The scenario with another number of years, as a change on top of it. */
    public static Scenario withYears(Scenario scenario, int years) {
        String text = "name = " + scenario.name() + "\nbaseline = " + scenario.id() + "\nyears = " + years
                + " years | gevraagd op de opdrachtregel\n";
        return Scenario.parse(
                scenario.id() + "-" + years + "j",
                text,
                id -> id.equals(scenario.id()) ? scenario : Scenario.builtIn(id));
    }

    /** A bar on standard error when it is a terminal; nothing at all otherwise. */
    public static final class Progress {

        private final boolean terminal;
        private final PrintStream out;
        private long lastShown;

        public Progress(boolean terminal, PrintStream out) {
            this.terminal = terminal;
            this.out = out;
        }

        public static Progress quiet() {
            return new Progress(false, System.err);
        }

        void show(String label, long done, long total) {
            if (!terminal) {
                return;
            }
            long now = System.nanoTime();
            if (done < total && now - lastShown < 100_000_000L) {
                return;
            }
            lastShown = now;
            int filled = (int) (30 * done / Math.max(1, total));
            out.printf(
                    Locale.ROOT,
                    "\r%-24s [%s%s] %3d%%",
                    label,
                    "#".repeat(filled),
                    "-".repeat(30 - filled),
                    100 * done / Math.max(1, total));
            out.flush();
        }

        void done() {
            if (terminal) {
                out.println();
            }
        }
    }
}
