package nl.leerbudget.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Starts every test run on an empty schema and says which database the suite runs on. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    @Bean
    FlywayMigrationStrategy cleanThenMigrate(DataSource dataSource) {
        return flyway -> {
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                String banner = "Integration tests run on " + meta.getDatabaseProductName() + " "
                        + meta.getDatabaseProductVersion();
                log.info(banner);
                System.out.println("=== " + banner + " ===");
            } catch (SQLException e) {
                throw new IllegalStateException("The test database cannot be reached", e);
            }
            flyway.clean();
            flyway.migrate();
        };
    }
}
