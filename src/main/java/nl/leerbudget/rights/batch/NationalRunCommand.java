package nl.leerbudget.rights.batch;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the national batch when the application starts with {@code --leerbudget.rights.batch.file=<population file>},
 * then stops the application: exit code 0 when done, 1 when it failed.
 *
 * <pre>
 * java -jar target/leerbudget-*.jar --spring.main.web-application-type=none \
 *      --leerbudget.rights.batch.file=population.csv [--leerbudget.rights.batch.chunk-size=10000]
 * </pre>
 */
@Component
@Order(Integer.MAX_VALUE)
@ConditionalOnProperty("leerbudget.rights.batch.file")
class NationalRunCommand implements ApplicationRunner {

    private final NationalRun run;
    private final ConfigurableApplicationContext context;
    private final Path file;
    private final int chunkSize;
    private final int workers;

    NationalRunCommand(
            NationalRun run,
            ConfigurableApplicationContext context,
            @Value("${leerbudget.rights.batch.file}") Path file,
            @Value("${leerbudget.rights.batch.chunk-size:10000}") int chunkSize,
            @Value("${leerbudget.rights.batch.workers:2}") int workers) {
        this.run = run;
        this.context = context;
        this.file = file;
        this.chunkSize = chunkSize;
        this.workers = workers;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = 0;
        try {
            run.run(file, chunkSize, workers, System.err);
        } catch (RuntimeException e) {
            System.err.println("Leerrechten: de batch is gestopt: " + e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
