package nl.leerbudget.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import nl.leerbudget.LeerbudgetApplication;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.Trainings;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ledger throughput on PostgreSQL: how many transfers per second the ledger books under uniform and hot-spot load, one
 * and many independent commands per database transaction. {@code bench/ledger.sh} runs it after pgbench on the same
 * database, so that the figures can be read as ratios on a shared, noisy machine.
 *
 * <p>It destroys what is in the database it is pointed at: Flyway cleans the schema first, so that every run starts
 * from the same state. Settings are system properties (see {@link Settings#fromSystemProperties}); the database comes
 * from LEERBUDGET_DB_URL, LEERBUDGET_DB_USER and LEERBUDGET_DB_PASSWORD as for the application itself.
 *
 * <pre>
 * LEERBUDGET_DB_URL=jdbc:postgresql://localhost:5432/leerbudget_bench?reWriteBatchedInserts=true \
 * LEERBUDGET_DB_USER=leerbudget LEERBUDGET_DB_PASSWORD=leerbudget \
 * ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=nl.leerbudget.bench.LedgerThroughput \
 *     -Dbench.threads=4 -Dbench.seconds=15 -Dbench.batchSizes=1,100,1000 -Dbench.scenarios=uniform,hot-spot \
 *     -Dbench.groupClients=32
 * </pre>
 *
 * <p>A batch of one goes through {@code Ledger.execute}, the call of a single API request, and so through group
 * commit; {@code bench.groupClients} adds runs of single commands from that many callers at once.
 */
public final class LedgerThroughput {

    /** Each scenario books one transfer per command, so that accepted commands and transfers are the same count. */
    enum Scenario {
        UNIFORM("uniform", "uniform: compartment -> provider (SPEND)"),
        HOT_SPOT("hot-spot", "hot spot: one funder -> compartment (DEPOSIT)");

        final String key;
        final String label;

        Scenario(String key, String label) {
            this.key = key;
            this.label = label;
        }

        static Scenario byKey(String key) {
            return Arrays.stream(values())
                    .filter(scenario -> scenario.key.equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown scenario: " + key));
        }
    }

    /** Money in cents. Large enough that no transfer of a run is refused for want of balance. */
    private static final long COMPARTMENT_DEPOSIT = 10_000_000;

    private static final long MAX_TRANSFER = 10_000;
    private static final long FUNDER_RESERVE = 10_000_000_000_000L;
    private static final int SETUP_CHUNK = 1_000;
    private static final int ERROR_SAMPLES = 3;

    /** Set once the database refuses CHECKPOINT to this role, so that it is not asked again. */
    private static boolean checkpointRefused;

    private final Ledger ledger;
    private final Actors actors;
    private final JdbcTemplate jdbc;
    private final Settings settings;
    private final Fixture fixture;
    private final RaceCounter races;
    private final ExecutorService clients;
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private long bookedByClients;

    private LedgerThroughput(
            Ledger ledger, Actors actors, JdbcTemplate jdbc, Settings settings, Fixture fixture, RaceCounter races) {
        this.ledger = ledger;
        this.actors = actors;
        this.jdbc = jdbc;
        this.settings = settings;
        this.fixture = fixture;
        this.races = races;
        // Platform threads: each client stands for one application instance's worker holding one connection.
        this.clients = Executors.newFixedThreadPool(
                Math.max(
                        settings.threads(),
                        settings.groupClients().stream()
                                .mapToInt(Integer::intValue)
                                .max()
                                .orElse(1)),
                Thread.ofPlatform().name("bench-client-", 1).factory());
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties(args);
        Instant started = Instant.now();
        try (ConfigurableApplicationContext context = start(settings)) {
            Ledger ledger = context.getBean(Ledger.class);
            // The executing agency's batch: the ledger checks who acts, as for any caller.
            Actors actors = context.getBean(Actors.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            RaceCounter races = RaceCounter.install();

            long setupStart = System.nanoTime();
            Register register = context.getBean(Register.class);
            Fixture fixture = actors.asSystem(() -> Fixture.create(ledger, register, settings));
            quiesce(jdbc, true);
            System.out.printf(
                    Locale.ROOT,
                    "Set up %,d compartments of %,d people, %,d providers and one funder in %.1f s%n",
                    fixture.compartments().size(),
                    settings.people(),
                    fixture.providers().size(),
                    seconds(System.nanoTime() - setupStart));

            var bench = new LedgerThroughput(ledger, actors, jdbc, settings, fixture, races);
            try {
                List<Result> results = bench.runAll();
                String books = bench.checkBooks();
                bench.report(results, books, Duration.between(started, Instant.now()));
            } finally {
                bench.clients.shutdownNow();
            }
        }
    }

    private static ConfigurableApplicationContext start(Settings settings) {
        String url = System.getenv("LEERBUDGET_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("LEERBUDGET_DB_URL must point at a PostgreSQL database, not " + url);
        }
        // The schema is wiped: refuse databases that do not look like they were made for this.
        String database = url.replaceFirst("^jdbc:postgresql://[^/]*/", "").replaceFirst("\\?.*$", "");
        if (!database.contains("bench") && !Boolean.getBoolean("bench.allowClean")) {
            throw new IllegalStateException("refusing to clean database '" + database
                    + "': its name does not contain 'bench' (set -Dbench.allowClean=true to insist)");
        }
        System.out.println("Cleaning and migrating " + url.replaceFirst("\\?.*$", ""));
        return new SpringApplicationBuilder(LeerbudgetApplication.class)
                .web(WebApplicationType.NONE)
                .initializers((GenericApplicationContext context) ->
                        context.registerBean(FlywayMigrationStrategy.class, () -> flyway -> {
                            flyway.clean();
                            flyway.migrate();
                        }))
                // Command-line arguments outrank application.yml and the environment it reads.
                .run(
                        "--leerbudget.demo-data=false",
                        "--spring.flyway.clean-disabled=false",
                        "--spring.datasource.hikari.maximum-pool-size=" + (settings.threads() + 2),
                        "--leerbudget.ledger.group-size=" + Integer.getInteger("bench.groupSize", 500));
    }

    // ---------------------------------------------------------------- measuring

    private List<Result> runAll() throws Exception {
        if (!settings.warmup().isZero()) {
            // Warms the JIT and the connection pool on the same code paths; not reported.
            Result warm = measure(Scenario.UNIFORM, 10, settings.warmup(), settings.threads());
            System.out.printf(Locale.ROOT, "Warm-up: %,d transfers in %.1f s%n", warm.transfers(), warm.seconds());
            quiesce(jdbc, false);
        }
        List<Result> results = new ArrayList<>();
        for (Scenario scenario : settings.scenarios()) {
            List<int[]> runs = new ArrayList<>();
            settings.batchSizes().forEach(size -> runs.add(new int[] {size, settings.threads()}));
            // Single requests from many callers at once: what group commit is for.
            settings.groupClients().forEach(n -> runs.add(new int[] {1, n}));
            for (int[] run : runs) {
                int batchSize = run[0];
                Result result = measure(scenario, batchSize, settings.duration(), run[1]);
                results.add(result);
                System.out.printf(
                        Locale.ROOT,
                        "%-48s x%-5d %3d clients %,9d transfers in %6.1f s = %,10.1f/s (rejected %d, failed tx %d,"
                                + " retries %d, database transactions %,d)%n",
                        scenario.label,
                        batchSize,
                        result.threads(),
                        result.transfers(),
                        result.seconds(),
                        result.transfersPerSecond(),
                        result.rejected(),
                        result.failedTransactions(),
                        result.retries(),
                        result.databaseTransactions());
                quiesce(jdbc, false);
            }
        }
        return results;
    }

    /**
     * Runs the scenario on every client thread until the duration has passed. A transaction started before the end
     * is waited for and counted, so the elapsed time is measured until the last one finished, not taken as given.
     */
    private Result measure(Scenario scenario, int batchSize, Duration duration, int threads) throws Exception {
        long retriesBefore = races.count();
        long groupsBefore = ledger.groupCommitCounts().map(c -> c[0]).orElse(0L);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<Tally>> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            running.add(clients.submit(() -> actors.asSystem(() -> drive(scenario, batchSize, deadline))));
        }
        Tally total = new Tally();
        for (Future<Tally> client : running) {
            total.add(client.get());
        }
        double seconds = seconds(System.nanoTime() - start);
        bookedByClients += total.transfers;
        long[] latencies = total.latencies.build().sorted().toArray();
        // Single commands go through group commit, which runs fewer transactions than it answers calls.
        long groups = ledger.groupCommitCounts().map(c -> c[0]).orElse(0L) - groupsBefore;
        return new Result(
                scenario,
                batchSize,
                threads,
                total.transfers,
                seconds,
                total.transactions,
                batchSize == 1 && groups > 0 ? groups : total.transactions,
                total.rejections,
                total.failed,
                races.count() - retriesBefore,
                percentileMillis(latencies, 0.50),
                percentileMillis(latencies, 0.99));
    }

    private Tally drive(Scenario scenario, int batchSize, long deadline) {
        Tally tally = new Tally();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline) {
            List<LedgerCommand> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                batch.add(fixture.command(scenario, random));
            }
            long begin = System.nanoTime();
            try {
                // A batch of one goes through execute(), the call a single API request makes.
                List<CommandResult> results =
                        batchSize == 1 ? List.of(ledger.execute(batch.getFirst())) : ledger.executeAll(batch);
                tally.latencies.add(System.nanoTime() - begin);
                tally.transactions++;
                results.forEach(tally::count);
            } catch (RuntimeException failure) {
                // Retries are exhausted or something unexpected broke: count it and keep the load going.
                tally.failed++;
                if (errorSamples.size() < ERROR_SAMPLES) {
                    errorSamples.add(scenario.key + " x" + batchSize + ": " + stackTrace(failure));
                }
            }
        }
        return tally;
    }

    /** What one client thread saw; merged after the run, so no field needs to be thread-safe. */
    private static final class Tally {
        long transactions;
        long transfers;
        long failed;
        final Map<String, Long> rejections = new TreeMap<>();
        final LongStream.Builder latencies = LongStream.builder();

        void count(CommandResult result) {
            switch (result) {
                case CommandResult.Executed executed ->
                    transfers += executed.transfers().size();
                case CommandResult.Rejected rejected ->
                    rejections.merge(rejected.rule().name(), 1L, Long::sum);
                case CommandResult.IdConflict conflict -> rejections.merge("ID_CONFLICT", 1L, Long::sum);
            }
        }

        void add(Tally other) {
            transactions += other.transactions;
            transfers += other.transfers;
            failed += other.failed;
            other.rejections.forEach((rule, n) -> rejections.merge(rule, n, Long::sum));
            other.latencies.build().forEach(latencies::add);
        }
    }

    record Result(
            Scenario scenario,
            int batchSize,
            int threads,
            long transfers,
            double seconds,
            long transactions,
            long databaseTransactions,
            Map<String, Long> rejectionsByRule,
            long failedTransactions,
            long retries,
            double p50Millis,
            double p99Millis) {

        long rejected() {
            return rejectionsByRule.values().stream().mapToLong(Long::longValue).sum();
        }

        double transfersPerSecond() {
            return transfers / seconds;
        }

        double transactionsPerSecond() {
            return transactions / seconds;
        }
    }

    // ---------------------------------------------------------------- reporting

    /**
     * Checks after the load that the books add up: every accepted transfer is stored once, and every account's running
     * totals equal the sums of its transfers. A ledger that loses or doubles updates under concurrency fails here.
     */
    private String checkBooks() {
        long expected = 1 + fixture.compartments().size() + bookedByClients;
        long stored = jdbc.queryForObject("select count(*) from ledger_transfer", Long.class);
        Long imbalance = jdbc.queryForObject(
                "select sum(credits_posted) - sum(debits_posted) from ledger_account where unit = 'EUR'", Long.class);
        long drifted = jdbc.queryForObject("""
                select count(*) from ledger_account a
                left join (select debit_account_id as id, sum(amount) as total from ledger_transfer
                           where kind in ('POSTED', 'POST_PENDING') group by debit_account_id) d on d.id = a.id
                left join (select credit_account_id as id, sum(amount) as total from ledger_transfer
                           where kind in ('POSTED', 'POST_PENDING') group by credit_account_id) c on c.id = a.id
                where a.debits_posted <> coalesce(d.total, 0) or a.credits_posted <> coalesce(c.total, 0)""", Long.class);
        boolean sound = stored == expected && imbalance != null && imbalance == 0 && drifted == 0;
        String verdict = String.format(
                Locale.ROOT,
                "Books check %s: %,d transfers stored (%,d expected), EUR balances sum to %d, "
                        + "%d accounts whose totals differ from their transfers.",
                sound ? "passed" : "FAILED",
                stored,
                expected,
                imbalance,
                drifted);
        return verdict;
    }

    private void report(List<Result> results, String books, Duration total) throws IOException {
        var markdown = new StringBuilder();
        markdown.append("| scenario | transfers/tx | threads | transfers | seconds | transfers/s | tx/s | rejected "
                + "| failed tx | retries | tx p50 ms | tx p99 ms | database tx | transfers per database tx |\n");
        markdown.append(
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        var csv = new StringBuilder(
                "scenario,transfers_per_tx,threads,transfers,seconds,transfers_per_s,tx_per_s,rejected,failed_tx,"
                        + "retries,p50_ms,p99_ms,database_tx\n");
        for (Result r : results) {
            markdown.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %d | %d | %d | %.2f | %.2f | %d | %.1f |%n",
                    r.scenario().label,
                    r.batchSize(),
                    r.threads(),
                    r.transfers(),
                    r.seconds(),
                    r.transfersPerSecond(),
                    r.transactionsPerSecond(),
                    r.rejected(),
                    r.failedTransactions(),
                    r.retries(),
                    r.p50Millis(),
                    r.p99Millis(),
                    r.databaseTransactions(),
                    r.databaseTransactions() == 0 ? 0.0 : (double) r.transfers() / r.databaseTransactions()));
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%d,%d,%d,%.3f,%.1f,%.1f,%d,%d,%d,%.3f,%.3f,%d%n",
                    r.scenario().key,
                    r.batchSize(),
                    r.threads(),
                    r.transfers(),
                    r.seconds(),
                    r.transfersPerSecond(),
                    r.transactionsPerSecond(),
                    r.rejected(),
                    r.failedTransactions(),
                    r.retries(),
                    r.p50Millis(),
                    r.p99Millis(),
                    r.databaseTransactions()));
        }
        markdown.append(String.format(
                Locale.ROOT,
                "%nSetup: %,d compartments (%d per person) funded by one funder, %,d provider payables; "
                        + "%d s per scenario after %d s warm-up, %s; whole Java run %.0f s.%n",
                fixture.compartments().size(),
                settings.compartmentsPerPerson(),
                fixture.providers().size(),
                settings.duration().toSeconds(),
                settings.warmup().toSeconds(),
                checkpointRefused ? "no checkpoints (refused to this role)" : "a checkpoint before each",
                seconds(total.toNanos())));
        markdown.append('\n').append(books).append('\n');
        for (Result r : results) {
            if (r.rejected() > 0) {
                markdown.append(String.format(
                        "%nRejections in %s x%d: %s%n", r.scenario().key, r.batchSize(), r.rejectionsByRule()));
            }
        }
        if (!races.causes().isEmpty()) {
            markdown.append("\nRetried transactions (the ledger's own retry on a lost race), by cause:\n\n");
            races.causes().forEach((cause, n) -> markdown.append(String.format("- %d × `%s`%n", n, cause)));
        }
        Path errors = settings.output().resolveSibling("ledger-errors.txt");
        if (!errorSamples.isEmpty()) {
            markdown.append("\nFailed transactions: the first stack traces are in ")
                    .append(errors)
                    .append(".\n");
            errorSamples.forEach(System.err::println);
        }

        System.out.println();
        System.out.print(markdown);
        Path output = settings.output();
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, markdown);
        Files.writeString(siblingCsv(output), csv);
        if (!errorSamples.isEmpty()) {
            Files.write(errors, errorSamples);
        }
        System.out.println("\nWrote " + output + " and " + siblingCsv(output));
    }

    private static Path siblingCsv(Path markdown) {
        String name = markdown.getFileName().toString().replaceFirst("\\.md$", "");
        return markdown.resolveSibling(name + ".csv");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Flushes dirty pages before a scenario, so that a checkpoint triggered by the previous one does not land in the
     * next one's measurement. Needs a superuser (or pg_checkpoint); without that the runs are merely noisier.
     */
    private static void quiesce(JdbcTemplate jdbc, boolean analyze) {
        if (analyze) {
            jdbc.execute("vacuum analyze");
        }
        if (checkpointRefused) {
            return;
        }
        try {
            jdbc.execute("checkpoint");
        } catch (DataAccessException refused) {
            checkpointRefused = true;
            System.out.println("No checkpoints between scenarios: "
                    + refused.getMostSpecificCause().getMessage());
        }
    }

    private static double percentileMillis(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String stackTrace(Throwable failure) {
        var text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** The accounts the scenarios move money between, made through the ledger's own commands. */
    /**
     * @param offerings for each provider, the register offering a payment to it is for (every payment out of a
     *     compartment names one, and the ledger checks it against the compartment's conditions)
     */
    record Fixture(AccountId funder, List<AccountId> compartments, List<AccountId> providers, List<String> offerings) {

        static Fixture create(Ledger ledger, Register register, Settings settings) {
            AccountId funder = AccountId.derived("bench/funder");
            List<OpenAccount> opens = new ArrayList<>();
            opens.add(new OpenAccount(
                    funder, AccountKind.FUNDER, Unit.EUR, "Bench funder", false, FunderType.STATE, null));
            List<AccountId> providers = new ArrayList<>();
            List<String> offerings = new ArrayList<>();
            Trainings trainings = new Trainings(register, ledger);
            for (int i = 0; i < settings.providers(); i++) {
                Trainings.Training training = trainings.shortCourse();
                providers.add(training.payable());
                offerings.add(training.offeringId());
            }
            long topUp = settings.compartments() * COMPARTMENT_DEPOSIT + FUNDER_RESERVE;
            requireExecuted(List.of(ledger.execute(new LedgerCommand(
                    CommandId.derived("bench/accounts"),
                    opens,
                    List.of(new TransferOrder.Move(
                            SystemAccounts.settlement(Unit.EUR), funder, topUp, TransferCode.TOP_UP, "bench"))))));

            List<PersonId> people = IntStream.range(0, settings.people())
                    .mapToObj(i -> new PersonId(UUID.nameUUIDFromBytes(("bench/person/" + i).getBytes(UTF_8))))
                    .toList();
            ledger.openLearningAccounts(people);

            List<AccountId> compartments = new ArrayList<>();
            List<LedgerCommand> deposits = new ArrayList<>();
            for (int i = 0; i < settings.compartments(); i++) {
                PersonId person = people.get(i / settings.compartmentsPerPerson());
                AccountId compartment = AccountId.derived("bench/compartment/" + i);
                compartments.add(compartment);
                // Every compartment has the one funder: a DEPOSIT must come from the compartment's own funder.
                var terms = new CompartmentTerms(
                        LearningAccountId.of(person),
                        funder,
                        "Bench compartment " + i % settings.compartmentsPerPerson(),
                        CompartmentConditions.NONE,
                        null,
                        null,
                        ExpiryRule.RETURN_TO_FUNDER);
                deposits.add(new LedgerCommand(
                        CommandId.derived("bench/deposit/" + i),
                        List.of(OpenAccount.compartment(compartment, Unit.EUR, terms)),
                        List.of(new TransferOrder.Move(
                                funder, compartment, COMPARTMENT_DEPOSIT, TransferCode.DEPOSIT, "bench"))));
                if (deposits.size() == SETUP_CHUNK) {
                    requireExecuted(ledger.executeAll(deposits));
                    deposits.clear();
                }
            }
            if (!deposits.isEmpty()) {
                requireExecuted(ledger.executeAll(deposits));
            }
            return new Fixture(funder, List.copyOf(compartments), List.copyOf(providers), List.copyOf(offerings));
        }

        LedgerCommand command(Scenario scenario, ThreadLocalRandom random) {
            AccountId compartment = compartments.get(random.nextInt(compartments.size()));
            long amount = random.nextLong(1, MAX_TRANSFER + 1);
            TransferOrder order = switch (scenario) {
                case UNIFORM -> {
                    int provider = random.nextInt(providers.size());
                    yield new TransferOrder.Move(
                            compartment,
                            providers.get(provider),
                            amount,
                            TransferCode.SPEND,
                            null,
                            offerings.get(provider));
                }
                case HOT_SPOT -> new TransferOrder.Move(funder, compartment, amount, TransferCode.DEPOSIT, null);
            };
            return LedgerCommand.of(CommandId.random(), order);
        }

        private static void requireExecuted(List<CommandResult> results) {
            for (CommandResult result : results) {
                if (!(result instanceof CommandResult.Executed)) {
                    throw new IllegalStateException("benchmark setup refused: " + result);
                }
            }
        }
    }

    /**
     * Counts the ledger's retries of transactions that lost a race (deadlock, serialization or lock failure, duplicate
     * key). The ledger logs each at debug level; a turbo filter sees the call before the level check, so this counts
     * them without switching debug logging on.
     */
    static final class RaceCounter extends TurboFilter {

        private static final String LEDGER_LOGGER = Ledger.class.getName();
        private static final String RACE_MESSAGE = "Ledger transaction lost a race";

        private final LongAdder count = new LongAdder();
        private final Map<String, LongAdder> causes = new ConcurrentHashMap<>();

        /** Installs the counter; after Spring Boot has configured logging, which resets the turbo filters. */
        static RaceCounter install() {
            var counter = new RaceCounter();
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
                counter.setContext(logback);
                counter.start();
                logback.addTurboFilter(counter);
            } else {
                System.out.println("Logging is not Logback: the ledger's retries are not counted");
            }
            return counter;
        }

        @Override
        public FilterReply decide(
                Marker marker,
                ch.qos.logback.classic.Logger logger,
                Level level,
                String format,
                Object[] params,
                Throwable t) {
            if (format != null && format.startsWith(RACE_MESSAGE) && LEDGER_LOGGER.equals(logger.getName())) {
                count.increment();
                String cause = params != null && params.length > 1 ? causeOf(String.valueOf(params[1])) : "?";
                causes.computeIfAbsent(cause, c -> new LongAdder()).increment();
            }
            return FilterReply.NEUTRAL;
        }

        long count() {
            return count.sum();
        }

        Map<String, Long> causes() {
            Map<String, Long> sums = new TreeMap<>();
            causes.forEach((cause, n) -> sums.put(cause, n.sum()));
            return sums;
        }

        /** The database's error line without the SQL around it, so that equal causes group together. */
        private static String causeOf(String message) {
            int error = message.indexOf("ERROR: ");
            String cause = error >= 0 ? message.substring(error) : message;
            int end = cause.indexOf('\n');
            cause = end >= 0 ? cause.substring(0, end) : cause;
            return cause.length() > 160 ? cause.substring(0, 160) + "…" : cause;
        }
    }

    /**
     * What to run, from system properties ({@code -Dbench.threads=4}); the first program argument, if any, is the
     * output file.
     */
    record Settings(
            int threads,
            Duration duration,
            Duration warmup,
            int compartments,
            int compartmentsPerPerson,
            int providers,
            List<Integer> batchSizes,
            List<Scenario> scenarios,
            List<Integer> groupClients,
            Path output) {

        Settings {
            if (threads < 1 || compartments < 1 || compartmentsPerPerson < 1 || providers < 1) {
                throw new IllegalArgumentException("threads, compartments and providers must be positive");
            }
            if (batchSizes.isEmpty() || batchSizes.stream().anyMatch(size -> size < 1)) {
                throw new IllegalArgumentException("batch sizes must be positive: " + batchSizes);
            }
            if (scenarios.isEmpty()) {
                throw new IllegalArgumentException("no scenario to run");
            }
            if (groupClients.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("group-commit clients must be positive: " + groupClients);
            }
        }

        static Settings fromSystemProperties(String[] args) {
            String output = args.length > 0 ? args[0] : System.getProperty("bench.output", "target/bench/ledger.md");
            return new Settings(
                    Integer.getInteger("bench.threads", 4),
                    Duration.ofSeconds(Integer.getInteger("bench.seconds", 15)),
                    Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 5)),
                    Integer.getInteger("bench.compartments", 10_000),
                    Integer.getInteger("bench.compartmentsPerPerson", 2),
                    Integer.getInteger("bench.providers", 1_000),
                    list("bench.batchSizes", "1,100,1000").stream()
                            .map(Integer::valueOf)
                            .toList(),
                    list("bench.scenarios", "uniform,hot-spot").stream()
                            .map(Scenario::byKey)
                            .toList(),
                    list("bench.groupClients", "32").stream()
                            .filter(n -> !n.isBlank())
                            .map(Integer::valueOf)
                            .toList(),
                    Path.of(output));
        }

        private static List<String> list(String property, String defaultValue) {
            return Arrays.stream(System.getProperty(property, defaultValue).split(","))
                    .map(String::trim)
                    .filter(item -> !item.isEmpty())
                    .toList();
        }

        int people() {
            return (compartments + compartmentsPerPerson - 1) / compartmentsPerPerson;
        }
    }
}
