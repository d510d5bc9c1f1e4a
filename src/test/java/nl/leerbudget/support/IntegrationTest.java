package nl.leerbudget.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context of the integration tests: the whole application on a random port, against the database the
 * suite runs on (H2 in memory by default; PostgreSQL when LEERBUDGET_DB_URL says so), cleaned once at start.
 * Every integration test uses exactly this annotation so that they all share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestDatabase.class, TestClock.Configuration.class})
public @interface IntegrationTest {}
