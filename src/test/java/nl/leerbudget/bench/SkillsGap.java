package nl.leerbudget.bench;

import static nl.leerbudget.bench.BenchSupport.seconds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leerbudget.LeerbudgetApplication;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.register.Catalogue;
import nl.leerbudget.skills.EscoImport;
import nl.leerbudget.skills.ImportReport;
import nl.leerbudget.skills.OccupationView;
import nl.leerbudget.skills.Recommendation;
import nl.leerbudget.skills.SkillGap;
import nl.leerbudget.skills.Skills;
import nl.leerbudget.skills.domain.ReleaseReader;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The skills module on PostgreSQL (bench/skills.sh): the full import of the shipped ESCO release into an empty
 * database, beside reading its files alone (the floor of the import: what is left is the database's); a re-import
 * that changes nothing; then the catalogue's generated offerings ({@link CatalogueSearch#generate}) tagged with ESCO
 * skills drawn from the occupations' own skills, and gap + recommendations for random occupations and random skills
 * a person has, by {@code bench.threads} clients for {@code bench.seconds}, beside the reference in the same run: one
 * label read by its primary key through the same pool.
 */
public final class SkillsGap {

    private SkillsGap() {}

    public static void main(String[] args) throws Exception {
        int offerings = Integer.getInteger("bench.offerings", 100_000);
        int threads = Integer.getInteger("bench.threads", 4);
        Duration duration = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 10));
        long seed = Long.getLong("bench.seed", 20261203L);
        Path output = Path.of(System.getProperty("bench.output", "target/bench/skills.md"));
        String url = System.getenv("LEERBUDGET_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:") || !url.contains("bench")) {
            throw new IllegalStateException("LEERBUDGET_DB_URL must point at a PostgreSQL benchmark database: " + url);
        }
        var application = new SpringApplicationBuilder(LeerbudgetApplication.class).web(WebApplicationType.SERVLET);
        application.initializers((GenericApplicationContext context) ->
                context.registerBean(FlywayMigrationStrategy.class, () -> flyway -> {
                    flyway.clean();
                    flyway.migrate();
                }));
        StringBuilder report = new StringBuilder();
        try (ConfigurableApplicationContext context = application.run(
                "--leerbudget.demo-data=false",
                "--leerbudget.skills.load=off",
                "--server.port=0",
                "--spring.flyway.clean-disabled=false",
                "--spring.datasource.hikari.maximum-pool-size=" + (threads + 2))) {
            EscoImport imports = context.getBean(EscoImport.class);
            Skills skills = context.getBean(Skills.class);
            Actors actors = context.getBean(Actors.class);
            Catalogue catalogue = context.getBean(Catalogue.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            long t0 = System.nanoTime();
            var content = ReleaseReader.read(EscoImport.SHIPPED_VERSION, EscoImport.shipped(), file -> {});
            double readSeconds = seconds(t0);
            long t1 = System.nanoTime();
            ImportReport first = actors.asSystem(() -> imports.importShipped());
            double importSeconds = seconds(t1);
            long t2 = System.nanoTime();
            ImportReport again = actors.asSystem(() -> imports.importShipped());
            double againSeconds = seconds(t2);
            report.append("## Import of ESCO v1.1.1\n\n")
                    .append("| step | seconds | ÷ reading the files |\n| --- | ---: | ---: |\n")
                    .append(row("reading and parsing the files only (zips, CSV; the floor)", readSeconds, readSeconds))
                    .append(row(
                            "full import into the empty database (the files, then COPY)", importSeconds, readSeconds))
                    .append(row("re-import of the same release (nothing changes)", againSeconds, readSeconds))
                    .append("\n```\n")
                    .append(first)
                    .append("\n```\n\nThe re-import ")
                    .append(again.unchanged() ? "changed nothing" : "CHANGED SOMETHING: " + again.summary())
                    .append(". Concepts read: ")
                    .append(content.concepts().size())
                    .append(".\n\n");
            System.out.print(report);

            // The catalogue's generated offerings, tagged with 1 to 8 skills of one occupation each.
            long t3 = System.nanoTime();
            var settings =
                    new CatalogueSearch.Settings(offerings, 800, threads, duration, warmup, 0, false, seed, output);
            CatalogueSearch.generate(jdbc, settings);
            java.util.Map<String, List<String>> skillsOf = new java.util.TreeMap<>();
            jdbc.query(
                    "select occupation_uri, skill_uri from esco_occupation_skill order by occupation_uri, skill_uri",
                    (java.sql.ResultSet rs) -> {
                        skillsOf.computeIfAbsent(rs.getString(1), o -> new ArrayList<>())
                                .add(rs.getString(2));
                    });
            List<String> occupations = List.copyOf(skillsOf.keySet());
            Random random = new Random(seed);
            List<UUID> ids = jdbc.queryForList("select id from offering order by id", UUID.class);
            List<Object[]> tags = new ArrayList<>();
            for (UUID id : ids) {
                String occupation = occupations.get(random.nextInt(occupations.size()));
                List<String> asked = skillsOf.get(occupation);
                Set<String> chosen = new HashSet<>();
                int n = 1 + random.nextInt(8);
                for (int i = 0; i < n && !asked.isEmpty(); i++) {
                    chosen.add(asked.get(random.nextInt(asked.size())));
                }
                tags.add(new Object[] {String.join(",", chosen.stream().sorted().toList()), id});
            }
            jdbc.batchUpdate("update offering_version set skills = ? where offering_id = ?", tags);
            actors.asSystem(catalogue::rebuild);
            jdbc.execute("vacuum analyze");
            long tagged = jdbc.queryForObject("select count(distinct offering_id) from catalogue_skill", Long.class);
            long tagRows = jdbc.queryForObject("select count(*) from catalogue_skill", Long.class);
            String setup = String.format(
                    Locale.ROOT,
                    "Generated %,d admitted offerings, %,d of them tagged (%,d tags, skills of one random occupation"
                            + " each), catalogue built, in %.1f s.%n%n",
                    offerings,
                    tagged,
                    tagRows,
                    seconds(t3));
            System.out.print(setup);
            report.append(setup);

            List<String> targets = occupations;
            Measure gap = (r) -> {
                String target = targets.get(r.nextInt(targets.size()));
                OccupationView view = skills.occupation(target).orElseThrow();
                List<SkillGap.SkillView> asked = skills.requirements(view);
                Set<String> has = new HashSet<>();
                asked.forEach(s -> {
                    if (r.nextInt(10) < 3) {
                        has.add(s.id());
                    }
                });
                SkillGap found = skills.gap(view, has, null);
                List<Recommendation> recommended = skills.recommendations(found, 5);
                return recommended.size();
            };
            Measure reference = (r) -> jdbc.queryForObject(
                            "select count(*) from esco_label where uri = ? and language = 'en'",
                            Long.class,
                            targets.get(r.nextInt(targets.size())))
                    .intValue();
            run(gap, threads, warmup, seed);
            long[] gapLatencies = run(gap, threads, duration, seed + 1);
            run(reference, threads, warmup, seed);
            long[] referenceLatencies = run(reference, threads, duration, seed + 2);
            report.append("## Gap and recommendations over the tagged catalogue (")
                    .append(threads)
                    .append(" clients, ")
                    .append(duration.toSeconds())
                    .append(" s each)\n\n")
                    .append("| measurement | calls/s | p50 ms | p99 ms | p99 ÷ reference p99 |\n")
                    .append("| --- | ---: | ---: | ---: | ---: |\n")
                    .append(latencies(
                            "Skills.occupation + requirements + gap + recommendations (5 of 50 candidates)",
                            gapLatencies,
                            duration,
                            referenceLatencies))
                    .append(latencies(
                            "reference: one label by its primary key, same pool",
                            referenceLatencies,
                            duration,
                            referenceLatencies));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report.toString());
        System.out.print(report);
        System.exit(0);
    }

    @FunctionalInterface
    interface Measure {
        int call(Random random) throws Exception;
    }

    private static long[] run(Measure measure, int threads, Duration duration, long seed) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(seed + t);
            futures.add(clients.submit(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    measure.call(random);
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] joined = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, joined, all.length, part.length);
            all = joined;
        }
        clients.shutdown();
        Arrays.sort(all);
        return all;
    }

    private static String row(String what, double secondsTaken, double floor) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.1f |%n", what, secondsTaken, secondsTaken / floor);
    }

    private static String latencies(String what, long[] sorted, Duration duration, long[] reference) {
        return String.format(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %.1f |%n",
                what,
                sorted.length / (double) duration.toSeconds(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                percentile(sorted, 0.99) / percentile(reference, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }
}
