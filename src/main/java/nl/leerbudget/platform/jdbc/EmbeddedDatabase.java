package nl.leerbudget.platform.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's H2 file database is closed and opened again right after migrations have changed it.
 *
 * <p>Why: H2 2.4 evaluates a check constraint of the form {@code x in ('A', 'B')} with the session that created it
 * (h2database issues 4292, 4308, 4342). Flyway creates the schema on a pooled connection; when the pool retires that
 * connection (Hikari does so after 30 minutes), every write to such a table fails with "Check constraint invalid … The
 * database has been closed", while reads and health go on. A database opened from its files reads its constraints
 * with its own system session, which lives as long as the database: so after migrating, the embedded database is shut
 * down once and every pooled connection replaced. PostgreSQL and H2 in memory (the tests) are left alone; tests run
 * far shorter than a connection lives.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.flywaydb.core.Flyway")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean
    @ConditionalOnMissingBean(FlywayMigrationStrategy.class)
    FlywayMigrationStrategy migrateThenReopenEmbeddedDatabase(DataSource dataSource) {
        return flyway -> {
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                reopenIfEmbeddedFile(dataSource);
            }
        };
    }

    /** Shuts an H2 file database down, so that the next connection opens it from its files; else does nothing. */
    static void reopenIfEmbeddedFile(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            String url = connection.getMetaData().getURL();
            if (url == null || !url.startsWith("jdbc:h2:file:")) {
                connection.close();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
            closeClosed(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not reopen the embedded database after migrating it", e);
        }
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            // Every pooled session belonged to the database that was shut down.
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        log.info("Embedded database reopened after migrating, so that its constraints are read from its files");
    }

    /** Returns a connection whose database was shut down to its pool, which then finds it dead and replaces it. */
    private static void closeClosed(Connection connection) {
        try {
            connection.close();
        } catch (SQLException alreadyClosed) {
            log.debug(
                    "The connection that shut the embedded database down was closed with it: {}",
                    alreadyClosed.toString());
        }
    }
}
