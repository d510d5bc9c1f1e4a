package nl.leerbudget.funding.batch;

import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.funding.PeriodicDeposits;
import nl.leerbudget.identity.Actors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the periodic deposits due on a day from the command line, then stops the application: exit code 0 when every
 * due period ran to its end, 1 otherwise. Run it again after a crash: it goes on where the last run stopped.
 *
 * <pre>
 * java -jar target/leerbudget-*.jar --spring.main.web-application-type=none \
 *      --leerbudget.funding.periodic.run=2027-01-01 [--leerbudget.funding.periodic.chunk-size=1000]
 * </pre>
 */
@Component
@Order(Integer.MAX_VALUE)
@ConditionalOnProperty("leerbudget.funding.periodic.run")
class PeriodicDepositCommand implements ApplicationRunner {

    private final PeriodicDeposits deposits;
    private final Actors actors;
    private final ConfigurableApplicationContext context;
    private final LocalDate day;

    PeriodicDepositCommand(
            PeriodicDeposits deposits,
            Actors actors,
            ConfigurableApplicationContext context,
            @Value("${leerbudget.funding.periodic.run}") String day) {
        this.deposits = deposits;
        this.actors = actors;
        this.context = context;
        this.day = LocalDate.parse(day.strip());
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        try {
            List<PeriodicDeposits.PeriodRun> runs = actors.asSystem(() -> deposits.runDue(day));
            runs.forEach(run -> System.err.println("Periodieke storting " + run.plan() + " op " + run.period() + ": "
                    + run.credited() + " mensen" + (run.finished() ? ", klaar" : ", nog niet klaar")));
            code = runs.stream().allMatch(PeriodicDeposits.PeriodRun::finished) ? 0 : 1;
        } catch (RuntimeException e) {
            System.err.println("Periodieke stortingen: de run is gestopt: " + e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
