package nl.leerbudget.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The embedded default's H2 file database, opened with the URL the application ships, keeps taking writes after its
 * connection pool retires every connection (Hikari does so after 30 minutes). With H2 2.4.240 it did not: a check
 * constraint of the form {@code x in ('A', 'B')} was evaluated with the session that created it (Flyway's pooled
 * connection at the first start), so once that connection was closed every write failed with "Check constraint
 * invalid … The database has been closed" while reads and health went on; a restart re-read the constraints and cured
 * it. The project uses an H2 release without that fault (see pom.xml).
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void writesGoOnWhileThePoolRetiresAllItsConnections() throws Exception {
        String url = shippedDefaultUrl().replace("./data/", folder.toAbsolutePath() + "/");
        assertThat(url).startsWith("jdbc:h2:file:");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        try (HikariDataSource pool = new HikariDataSource(config);
                // Another session that stays open throughout, as the application's other pooled connections do.
                Connection keeper = pool.getConnection()) {
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create table account (id bigint primary key, credits bigint not null, debits bigint not"
                        + " null, kind varchar(10) not null, constraint account_not_overdrawn check (debits <= credits),"
                        + " constraint account_kind check (kind in ('A', 'B')))");
            }
            AtomicLong ids = new AtomicLong();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService writers = Executors.newFixedThreadPool(3);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                running.add(writers.submit(() -> {
                    while (System.nanoTime() < until) {
                        try (Connection c = pool.getConnection();
                                PreparedStatement insert =
                                        c.prepareStatement("insert into account values (?, 10, 5, 'A')")) {
                            insert.setLong(1, ids.incrementAndGet());
                            insert.executeUpdate();
                        } catch (Exception e) {
                            failures.add(e + (e.getCause() == null ? "" : " caused by " + e.getCause()));
                        }
                        // Gaps in which no connection is open: H2 closes a database whose last session ends.
                        java.util.concurrent.locks.LockSupport.parkNanos(
                                java.util.concurrent.ThreadLocalRandom.current().nextLong(2_000_000));
                    }
                }));
            }
            // Retire every connection, again and again, as maxLifetime does for connections opened together.
            while (System.nanoTime() < until) {
                pool.getHikariPoolMXBean().softEvictConnections();
                Thread.sleep(20);
            }
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();

            assertThat(failures).as("writes that failed").isEmpty();
            assertThat(ids.get()).isGreaterThan(100);
        }
    }

    /** The default of {@code spring.datasource.url} in application.yml: {@code ${LEERBUDGET_DB_URL:<default>}}. */
    @SuppressWarnings("unchecked")
    static String shippedDefaultUrl() throws IOException {
        try (InputStream yaml = EmbeddedDatabaseTest.class.getResourceAsStream("/application.yml")) {
            Map<String, Object> root = new YAMLMapper().readValue(yaml, Map.class);
            Map<String, Object> datasource =
                    (Map<String, Object>) ((Map<String, Object>) root.get("spring")).get("datasource");
            Matcher placeholder =
                    Pattern.compile("\\$\\{LEERBUDGET_DB_URL:(.*)}").matcher((String) datasource.get("url"));
            assertThat(placeholder.matches()).isTrue();
            return placeholder.group(1);
        }
    }
}
