package nl.leerbudget.rights.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.leerbudget.LeerbudgetApplication;
import nl.leerbudget.ledger.LedgerInvariants;
import nl.leerbudget.rights.Assessment;
import nl.leerbudget.rights.EducationHistory;
import nl.leerbudget.rights.Entitlement;
import nl.leerbudget.rights.ReferenceCosts;
import nl.leerbudget.rights.RightsPolicy;
import nl.leerbudget.rights.domain.PersonLines;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national batch on the database the suite runs on: every person credited exactly once, also when the batch is
 * killed with {@code kill -9} halfway and started again.
 */
@IntegrationTest
class NationalRunIT {

    @Autowired
    NationalRun run;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerInvariants invariants;

    @TempDir
    Path temp;

    @Test
    void creditsEveryoneInTheFileOnceAndARepeatedRunNobodyAgain() throws IOException {
        Path file = population(temp.resolve("bevolking.csv"), 1_500, 11);
        var out = new ByteArrayOutputStream();

        NationalRun.Report report = run.run(file, 200, 2, new PrintStream(out, true, StandardCharsets.UTF_8));
        NationalRun.Report again = run.run(file, 200, 2, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(report.people()).isEqualTo(1_500);
        assertThat(report.invalid()).isZero();
        assertThat(report.credited() + report.zero() + report.notEntitled()).isEqualTo(1_500);
        assertThat(report.credited()).isGreaterThan(1_000);
        assertThat(again.resumed()).as("chunks of the finished run").isEqualTo(8);
        assertThat(again.credited()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Leerrechten [", "per seconde", "klaar in");
        assertThat(creditedOnce(jdbc, file)).isEqualTo(report.credited());
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void aRunKilledHalfwayAndStartedAgainCreditsEveryoneExactlyOnce() throws Exception {
        Path file = population(temp.resolve("bevolking-kill.csv"), 20_000, 12);
        String url = System.getenv("LEERBUDGET_DB_URL");
        String dbUrl = url != null
                ? url
                : "jdbc:h2:file:" + temp.resolve("batch").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String user = url != null ? System.getenv("LEERBUDGET_DB_USER") : "sa";
        String password = url != null ? System.getenv("LEERBUDGET_DB_PASSWORD") : "";

        // The run says in its log when a chunk is committed; the test reads the log, not the database, so that it
        // never shares the embedded database with the running process.
        Path firstLog = temp.resolve("first.log");
        Process first = batch(file, dbUrl, user, password, firstLog);
        long committed = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (committed < 60 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            committed = committedInLog(firstLog);
        }
        assertThat(first.isAlive())
                .as("the first run is still running after %d chunks; its log:%n%s", committed, tail(firstLog))
                .isTrue();
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback but the database's own
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long atKill = committedChunks(dbUrl, user, password, file);
        // H2 writes its commits to disk about once a second, so after kill -9 it may have lost the last whole
        // transactions it reported as committed; PostgreSQL keeps them. Either way some chunks are done, not all.
        assertThat(atKill).as("chunks committed when killed").isBetween(1L, 199L);

        Process second = batch(file, dbUrl, user, password, temp.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(temp.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("hervat na");

        try (Connection connection = DriverManager.getConnection(dbUrl, user, password)) {
            JdbcClient db = JdbcClient.create(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
            assertThat(committedChunks(dbUrl, user, password, file)).isEqualTo(200);
            List<UUID> people = people(file);
            long rights = db.sql("select count(*) from learning_right where person_id in (:ids)")
                    .param("ids", people.subList(0, 1_000))
                    .query(Long.class)
                    .single();
            assertThat(rights)
                    .as("a right per entitled person (first thousand)")
                    .isEqualTo(entitled(file, 1_000));
            // Exactly once: no person has two rights compartments, no compartment two credits.
            assertThat(db.sql("""
                            select count(*) from (select a.learning_account_id from ledger_account a
                              where a.name = 'Leerrecht' group by a.learning_account_id having count(*) > 1) twice""").query(Long.class).single()).isZero();
            assertThat(db.sql("""
                            select count(*) from (select t.credit_account_id from ledger_transfer t
                              join ledger_account a on a.id = t.credit_account_id
                              where a.name = 'Leerrecht' and t.code = 'DEPOSIT'
                              group by t.credit_account_id having count(*) > 1) twice""").query(Long.class).single()).isZero();
            // Every credited right of the file's people is in its compartment, to the cent (other tests of the suite
            // may have corrected rights of their own people in the same database).
            assertThat(db.sql("""
                            select count(*) from learning_right r join ledger_account a on a.id = r.compartment_id
                            where a.credits_posted <> r.amount_cents and r.person_id in (:ids)""").param("ids", people).query(Long.class).single())
                    .isZero();
            assertThat(db.sql("select count(*) from learning_right where compartment_id is not null"
                                    + " and person_id in (:ids)")
                            .param("ids", people)
                            .query(Long.class)
                            .single())
                    .isEqualTo(
                            db.sql("""
                                    select count(*) from ledger_account a join learning_account l
                                      on l.id = a.learning_account_id
                                    where a.name = 'Leerrecht' and l.person_id in (:ids)""").param("ids", people).query(Long.class).single());
        }
    }

    /** How many of the first {@code count} people the policy entitles, by the pure rules. */
    private static long entitled(Path file, int count) throws IOException {
        var policy = RightsPolicy.builtIn(RightsPolicy.REGRESSIVE_2027);
        var costs = ReferenceCosts.standard();
        return Files.readAllLines(file).stream()
                .skip(1)
                .limit(count)
                .map(line -> ((PersonLines.Valid) PersonLines.parse(line, 0)).person())
                .filter(p -> Entitlement.assess(
                                policy, costs, p.birthDate(), new EducationHistory(p.person(), 1, p.periods()))
                        instanceof Assessment.Entitled)
                .count();
    }

    private static long creditedOnce(JdbcClient jdbc, Path file) throws IOException {
        List<UUID> people = people(file);
        long total = 0;
        for (int from = 0; from < people.size(); from += 1_000) {
            total += jdbc.sql("select count(*) from learning_right where compartment_id is not null"
                            + " and person_id in (:ids)")
                    .param("ids", people.subList(from, Math.min(people.size(), from + 1_000)))
                    .query(Long.class)
                    .single();
        }
        return total;
    }

    private static long committedInLog(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(" committed: ")).count();
        } catch (java.io.UncheckedIOException e) {
            return 0; // a line half written
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static long committedChunks(String url, String user, String password, Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                var statement = connection.prepareStatement("""
                        select count(*) from rights_batch_chunk c join rights_batch_run r on r.id = c.run_id
                        where r.file_name = ?""")) {
            statement.setString(1, file.toAbsolutePath().toString());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The application as its own process, running the batch and stopping: as an operator would start it. */
    private static Process batch(Path file, String url, String user, String password, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LeerbudgetApplication.class.getName(),
                "--spring.main.web-application-type=none",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--leerbudget.rights.batch.file=" + file.toAbsolutePath(),
                "--leerbudget.rights.batch.chunk-size=100",
                "--leerbudget.rights.batch.workers=2",
                "--logging.level.nl.leerbudget.rights.batch=DEBUG"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static List<UUID> people(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .skip(1)
                .map(line -> UUID.fromString(line.substring(0, line.indexOf(','))))
                .toList();
    }

    /** Adults with a vo diploma and, for most, one funded mbo, hbo or wo programme after it. */
    static Path population(Path file, int people, long seed) throws IOException {
        Random random = new Random(seed);
        String[] next = {"", "MBO2-BOL", "MBO4-BOL", "MBO4-BBL", "HBO-BACHELOR", "WO-BACHELOR"};
        StringBuilder text = new StringBuilder("person_id,birth_date,history\n");
        for (int i = 0; i < people; i++) {
            int born = 1960 + random.nextInt(45);
            String track = next[random.nextInt(next.length)];
            int years = 2 + random.nextInt(3);
            text.append(new UUID(random.nextLong(), random.nextLong()))
                    .append(',')
                    .append(born)
                    .append("-0")
                    .append(1 + random.nextInt(9))
                    .append("-15,VO:")
                    .append(born + 12)
                    .append("-08-01..")
                    .append(born + 16)
                    .append("-07-31:funded:diploma");
            if (!track.isEmpty()) {
                text.append(';')
                        .append(track)
                        .append(':')
                        .append(born + 16)
                        .append("-09-01..")
                        .append(born + 16 + years)
                        .append("-07-31:funded:")
                        .append(random.nextInt(5) == 0 ? "no-diploma" : "diploma");
            }
            text.append('\n');
        }
        Files.writeString(file, text);
        return file;
    }
}
