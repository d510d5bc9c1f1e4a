package nl.leerbudget.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.leerbudget.simulation.Cohort;
import nl.leerbudget.simulation.EducationLevel;
import nl.leerbudget.simulation.Projection;
import nl.leerbudget.simulation.Scenario;
import nl.leerbudget.simulation.Simulation;
import nl.leerbudget.simulation.SimulationCommand;
import nl.leerbudget.simulation.YearFigures;

/**
 * The policy simulator at national scale (bench/simulation.sh): draw a cohort (reported apart), run the four variants
 * for one year, run one for ten years; then the reference: the same cohort's columns in DuckDB, and the learning
 * account's yearly public cost by education level computed there by SQL, against the simulator's run of that
 * variant. The two must give the same cents.
 *
 * <p>Arguments: people, seed, the directory for the CSV and the report.
 */
public final class SimulationBench {

    private SimulationBench() {}

    public static void main(String[] args) throws IOException, SQLException {
        int people = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        Files.createDirectories(dir);
        List<String> report = new ArrayList<>();

        Scenario basis = Scenario.builtIn("basis");
        long t0 = System.nanoTime();
        Cohort cohort = Cohort.draw(seed, people, basis, List.of("regressief-2027", "neutraal-2027"), done -> {});
        double generation = seconds(t0);
        line(
                report,
                "generation (population, positions, rights by Entitlement.amount for 2 policies) on %d threads: %.1f s",
                Runtime.getRuntime().availableProcessors(),
                generation);

        List<Scenario> variants = List.of(
                Scenario.builtIn("stap"),
                Scenario.builtIn("leerrekening"),
                Scenario.builtIn("regressief"),
                Scenario.builtIn("neutraal"));
        // A first pass on a small cohort lets the JIT compile the loops, as a long-running instance would have.
        Cohort small = Cohort.draw(seed + 1, 50_000, basis, List.of("regressief-2027", "neutraal-2027"), d -> {});
        for (Scenario variant : variants) {
            Simulation.run(variant, small, seed, y -> {});
        }
        long t1 = System.nanoTime();
        Map<String, Double> each = new TreeMap<>();
        Projection account = null;
        for (Scenario variant : variants) {
            long start = System.nanoTime();
            Projection projection = Simulation.run(variant, cohort, seed, y -> {});
            each.put(variant.id(), seconds(start));
            if (variant.id().equals("leerrekening")) {
                account = projection;
            }
            line(
                    report,
                    "  %s: public EUR %.1f mln in %.2f s",
                    variant.id(),
                    projection.first().publicCents() / 1e8,
                    each.get(variant.id()));
        }
        double fourVariants = seconds(t1);
        line(report, "4 variants x 1 year x %,d people: %.2f s", people, fourVariants);

        long t2 = System.nanoTime();
        Projection tenYears =
                Simulation.run(SimulationCommand.withYears(Scenario.builtIn("combinatie"), 10), cohort, seed, y -> {});
        double tenYearRun = seconds(t2);
        line(
                report,
                "10-year run of combinatie (neutral right + targeted vouchers): %.2f s (year 10: EUR %.1f mln)",
                tenYearRun,
                tenYears.year(9).publicCents() / 1e8);
        line(
                report,
                "peak heap: %.0f MB (max %d MB); the collector lets garbage pile up before collecting, so this is an"
                        + " upper bound",
                peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        System.gc();
        line(
                report,
                "heap in use after a full collection, the cohort and the ten-year projection alive: %.0f MB",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
        if (tenYears.people() != people) {
            throw new IllegalStateException("the ten-year run lost people");
        }

        // The reference: DuckDB over the same cohort.
        Path csv = dir.resolve("cohort.csv");
        long t3 = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
            out.write("level,position,adult_day,pension_day\n");
            StringBuilder row = new StringBuilder(32);
            for (int i = 0; i < people; i++) {
                row.setLength(0);
                row.append(cohort.level(i).ordinal())
                        .append(',')
                        .append(cohort.position(i).ordinal())
                        .append(',')
                        .append(cohort.adultDay(i))
                        .append(',')
                        .append(cohort.pensionDay(i))
                        .append('\n');
                out.append(row);
            }
        }
        line(report, "export of the cohort's columns to CSV (not timed against): %.1f s", seconds(t3));
        int july = (int) LocalDate.of(2027, 7, 1).toEpochDay();
        Map<String, Long> duck = new TreeMap<>();
        double load;
        double query;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            long t4 = System.nanoTime();
            sql.execute("create table cohort as select * from read_csv('" + csv + "', header = true, columns = "
                    + "{'level': 'TINYINT', 'position': 'TINYINT', 'adult_day': 'INTEGER', 'pension_day': 'INTEGER'})");
            load = seconds(t4);
            // The account's public cost: the state's yearly deposit (EUR 346.94) for every employee or self-employed
            // person (positions 0, 1) up to a middle level (ordinals 0-2) aged 18 up to the AOW age on 1 July.
            long t5 = System.nanoTime();
            try (ResultSet rows = sql.executeQuery("select level, count(*) * 34694 from cohort where position in (0, 1)"
                    + " and level <= 2 and adult_day <= " + july + " and pension_day > " + july
                    + " group by level order by level")) {
                while (rows.next()) {
                    duck.put(EducationLevel.values()[rows.getInt(1)].name(), rows.getLong(2));
                }
            }
            query = seconds(t5);
        }
        line(report, "DuckDB: load %.1f s, yearly account cost by education level %.3f s", load, query);
        boolean same = true;
        for (EducationLevel level : List.of(EducationLevel.UNKNOWN, EducationLevel.LOW, EducationLevel.MIDDLE)) {
            long expected = Math.round(duck.getOrDefault(level.name(), 0L) * cohort.weight());
            long simulated = account.first().reach().stream()
                    .filter(r -> r.dimension().equals("opleidingsniveau")
                            && r.group().equals(groupName(level)))
                    .mapToLong(YearFigures.Reach::publicCents)
                    .sum();
            same &= Math.abs(expected - simulated) <= Math.ceil(cohort.weight());
            line(report, "  %s: simulator EUR %.2f, DuckDB EUR %.2f", level, simulated / 100.0, expected / 100.0);
        }
        line(report, "same cost by group: %s", same ? "yes" : "NO");
        line(
                report,
                "ratio: simulator's learning-account year %.3f s / DuckDB's query %.3f s = %.1f; four variants"
                        + " / (DuckDB load + query) = %.2f",
                each.get("leerrekening"),
                query,
                each.get("leerrekening") / query,
                fourVariants / (load + query));
        Files.write(dir.resolve("simulation-report.txt"), report, StandardCharsets.UTF_8);
        if (!same) {
            System.exit(1);
        }
    }

    private static String groupName(EducationLevel level) {
        return switch (level) {
            case LOW -> "laag";
            case MIDDLE -> "middelbaar";
            case HIGH -> "hoog";
            case UNKNOWN -> "onbekend";
        };
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void line(List<String> report, String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.add(text);
    }
}
