package nl.leerbudget.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.leerbudget.LeerbudgetApplication;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.FunderUsage;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.TestPeople;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A periodic deposit run in a separate JVM (the application's command line, {@code --leerbudget.funding.periodic.run})
 * is killed with SIGKILL halfway, then run again to its end: every person is credited exactly once, and the funder
 * paid exactly once for each. The run works in chunks of ten people with a pause between them, so that it is
 * killed with some chunks committed and others not.
 *
 * <p>The child process uses the suite's database: on PostgreSQL the same one (it inherits the environment); on the
 * in-memory H2 of this JVM through an H2 TCP server that this test starts. The plan's period is 2 January 2001, a
 * day no other test's plan has, and the child runs only what is due that day.
 */
@IntegrationTest
class PeriodicDepositKillIT {

    private static final int PEOPLE = 300;
    private static final LocalDate PERIOD = LocalDate.of(2001, 1, 2);
    private static final Money AMOUNT = Money.euros(500);

    @Autowired
    Ledger ledger;

    @Autowired
    PersonRegistry registry;

    @Autowired
    FunderRelations relations;

    @Autowired
    PeriodicDeposits periodic;

    @Autowired
    Actors actors;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPeriodicDepositKilledHalfwayAndRunAgainCreditsEveryoneExactlyOnce() throws Exception {
        UUID funderId = UUID.randomUUID();
        AccountId funder = new AccountId(funderId);
        openFunder(funder);
        List<PersonId> people = actors.asSystem(() -> {
            List<PersonId> registered = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                registered.add(TestPeople.register(registry));
            }
            return registered;
        });
        FunderRelations.Upload kept = ActingAs.run(
                ActingAs.funder(funderId),
                () -> relations.keep(people.stream()
                        .map(p -> new FunderRelations.RelationInput(
                                PersonKey.person(p), RelationKind.EMPLOYMENT, LocalDate.of(2000, 1, 1), null))
                        .toList()));
        assertThat(kept.problems()).isEmpty();
        assertThat(kept.added()).isEqualTo(PEOPLE);
        PeriodicDeposit plan = ActingAs.run(
                ActingAs.funder(funderId),
                () -> periodic.create(
                        UUID.randomUUID(),
                        "Opleidingsbudget per jaar",
                        AMOUNT,
                        RelationKind.EMPLOYMENT,
                        MonthDay.from(PERIOD),
                        PERIOD.getYear(),
                        12,
                        CompartmentConditions.NONE,
                        ExpiryRule.RETURN_TO_FUNDER));

        Server server = null;
        try {
            String url = databaseUrl();
            if (url.startsWith("jdbc:h2:mem:")) {
                server = Server.createTcpServer("-tcpPort", "0").start();
                url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:" + url.substring("jdbc:h2:mem:".length());
            }

            Process first = child(url, "first", "300ms");
            long atKill = waitForSomeCredited(plan, first);
            first.destroyForcibly(); // SIGKILL on Linux and macOS
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).as("killed, not finished").isNotZero();
            long afterKill = credited(plan);
            assertThat(afterKill).as("killed halfway").isBetween(atKill, (long) PEOPLE - 1);

            Process second = child(url, "second", "0ms");
            assertThat(second.waitFor(5, TimeUnit.MINUTES))
                    .as("the second run ends")
                    .isTrue();
            assertThat(second.exitValue())
                    .as("the second run finishes every period")
                    .isZero();
        } finally {
            if (server != null) {
                server.stop();
            }
        }

        assertThat(credited(plan)).isEqualTo(PEOPLE);
        Map<String, Object> perPerson =
                jdbc.sql("""
                        select count(*) as compartments, count(distinct learning_account_id) as accounts,
                          sum(credits_posted) as total
                        from ledger_account where kind = 'COMPARTMENT' and funder_account_id = :funder""").param("funder", funderId).query().singleRow();
        assertThat(((Number) perPerson.get("compartments")).longValue()).isEqualTo(PEOPLE);
        assertThat(((Number) perPerson.get("accounts")).longValue()).isEqualTo(PEOPLE);
        assertThat(((Number) perPerson.get("total")).longValue()).isEqualTo(PEOPLE * AMOUNT.cents());
        FunderUsage usage = actors.asSystem(() -> ledger.funderUsage(funder)).orElseThrow();
        assertThat(usage.deposited()).isEqualTo(PEOPLE * AMOUNT.cents());
        assertThat(usage.compartments()).isEqualTo(PEOPLE);
        assertThat(usage.funder().balance()).isEqualTo(Money.euros(1_000_000).cents() - PEOPLE * AMOUNT.cents());
        Set<LocalDate> finished = Set.copyOf(jdbc.sql("select period_date from funding_periodic_run where plan_id = :p")
                .param("p", plan.id())
                .query(LocalDate.class)
                .list());
        assertThat(finished).containsExactly(PERIOD);
    }

    private void openFunder(AccountId funder) {
        CommandResult opened = actors.asSystem(() -> ledger.execute(new LedgerCommand(
                CommandId.random(),
                List.of(new OpenAccount(
                        funder,
                        AccountKind.FUNDER,
                        Unit.EUR,
                        "Werkgever van de periodieke test",
                        false,
                        FunderType.EMPLOYER,
                        null)),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR),
                        funder,
                        Money.euros(1_000_000).cents(),
                        TransferCode.TOP_UP,
                        "test")))));
        assertThat(opened).isInstanceOf(CommandResult.Executed.class);
    }

    private long waitForSomeCredited(PeriodicDeposit plan, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            long credited = credited(plan);
            if (credited >= PEOPLE / 3) {
                return credited;
            }
            assertThat(child.isAlive()).as("the first run is still going").isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("the first run did not credit a third of the people within four minutes");
    }

    private long credited(PeriodicDeposit plan) {
        return jdbc.sql("select count(*) from funding_periodic_credit where plan_id = :p and period_date = :d")
                .param("p", plan.id())
                .param("d", PERIOD)
                .query(Long.class)
                .single();
    }

    private String databaseUrl() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private Process child(String url, String name, String pause) throws IOException {
        Path logs = Path.of("target", "test-logs");
        Files.createDirectories(logs);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                LeerbudgetApplication.class.getName(),
                "--spring.main.web-application-type=none",
                "--spring.flyway.enabled=false",
                "--leerbudget.demo-data=false",
                "--leerbudget.funding.periodic.run=" + PERIOD,
                "--leerbudget.funding.periodic.chunk-size=10",
                "--leerbudget.funding.periodic.pause=" + pause,
                "--logging.file.name=" + logs.resolve("periodic-" + name + ".log")));
        if (url.startsWith("jdbc:h2:tcp:")) {
            command.add("--spring.datasource.url=" + url
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
            command.add("--spring.datasource.username=sa");
            command.add("--spring.datasource.password=");
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("periodic-" + name + ".out").toFile())
                .directory(new File(System.getProperty("user.dir")))
                .start();
    }
}
