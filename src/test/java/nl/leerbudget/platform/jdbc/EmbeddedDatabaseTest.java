package nl.leerbudget.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The embedded default's H2 file database keeps taking writes after the connection pool retires the connection that
 * migrated it (Hikari retires every connection after 30 minutes). H2 2.4 evaluates a {@code x in ('A', 'B')} check
 * constraint with the session that created it, so without reopening the database after migrating, every such write
 * failed from then on with "Check constraint invalid … The database has been closed", while reads and health went on.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void writesGoOnAfterThePoolRetiresTheConnectionThatMigratedTheDatabase() throws Exception {
        try (HikariDataSource pool = pool()) {
            new EmbeddedDatabase().migrateThenReopenEmbeddedDatabase(pool).migrate(flyway(pool));

            try (Connection keeper = pool.getConnection()) {
                pool.getHikariPoolMXBean().softEvictConnections(); // what maxLifetime does, all at once

                for (int i = 0; i < 5; i++) {
                    insertProvider(pool);
                }
                assertThat(keeper.isValid(1)).isTrue();
            }
        }
    }

    /** The fault itself, as H2 2.4 has it: when this starts failing, H2 no longer needs the reopening. */
    @Test
    void withoutReopeningAWriteFailsOnceTheMigratingConnectionIsRetired() throws Exception {
        try (HikariDataSource pool = pool()) {
            flyway(pool).migrate();

            try (Connection keeper = pool.getConnection()) {
                pool.getHikariPoolMXBean().softEvictConnections();

                assertThatThrownBy(() -> insertProvider(pool))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("Check constraint invalid")
                        .hasStackTraceContaining("The database has been closed");
                assertThat(keeper.isValid(1)).isTrue();
            }
        }
    }

    private HikariDataSource pool() throws IOException {
        String url = shippedDefaultUrl().replace("./data/", folder.toAbsolutePath() + "/");
        assertThat(url).startsWith("jdbc:h2:file:");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static Flyway flyway(HikariDataSource pool) {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load();
    }

    /** A write to a table with a {@code status in (...)} check, on a connection opened after the retirement. */
    private static void insertProvider(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into provider (id, kvk, name, iban, status, status_reason, status_changed_at,"
                                + " created_at) values (?, ?, 'Opleider', 'NL91ABNA0417164300', 'PENDING', 'Nieuw',"
                                + " ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
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
