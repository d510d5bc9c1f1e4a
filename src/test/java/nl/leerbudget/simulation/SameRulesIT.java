package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.rights.RightsPolicy;
import nl.leerbudget.rights.batch.NationalRun;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One set of rules: the national rights batch and the simulator, on the same synthetic population, find the same
 * right for every person, to the cent, with the same first and last day.
 */
@IntegrationTest
class SameRulesIT {

    private static final int PEOPLE = 3_000;
    private static final long SEED = 90_417;

    @Autowired
    NationalRun run;

    @Autowired
    Rights rights;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void theNationalBatchAndTheSimulatorFindTheSameRightsToTheCent() throws IOException {
        Scenario basis = Scenario.builtIn("basis");
        Population population = new Population(SEED, basis.start());
        Path file = temp.resolve("bevolking.csv");
        PopulationFile.write(
                population,
                PEOPLE,
                file,
                1,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        RightsPolicy policy = rights.policy();
        assertThat(policy).isEqualTo(RightsPolicy.builtIn(policy.id()));

        NationalRun.Report report =
                run.run(file, 500, 2, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Cohort cohort = Cohort.draw(SEED, PEOPLE, basis, List.of(policy.id()), done -> {});

        assertThat(report.invalid()).isZero();
        Map<UUID, Stored> stored = new HashMap<>();
        jdbc.sql("select person_id, amount_cents, valid_from, valid_until from learning_right where policy_id = :policy"
                        + " and person_id in (:ids)")
                .param("policy", policy.id())
                .param("ids", population.people(PEOPLE).map(p -> p.id().value()).toList())
                .query((rs, n) -> new Stored(
                        rs.getObject("person_id", UUID.class),
                        rs.getLong("amount_cents"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class)))
                .list()
                .forEach(row -> stored.put(row.person(), row));
        assertThat(stored).hasSize((int) (report.credited() + report.zero()));
        long total = 0;
        int index = cohort.policyIndex(policy.id());
        for (int i = 0; i < PEOPLE; i++) {
            Person person = population.person(i);
            Stored batch = stored.get(person.id().value());
            if (batch == null) {
                assertThat(cohort.rightCents(policy.id(), i))
                        .as("no right for person %d", i)
                        .isZero();
                assertThat(cohort.rightFrom[index][i]).isEqualTo(Integer.MAX_VALUE);
                continue;
            }
            assertThat(cohort.rightCents(policy.id(), i))
                    .as("right of person %d", i)
                    .isEqualTo(batch.cents());
            assertThat(LocalDate.ofEpochDay(cohort.rightFrom[index][i])).isEqualTo(batch.from());
            assertThat(LocalDate.ofEpochDay(cohort.rightUntil[index][i])).isEqualTo(batch.until());
            total += batch.cents();
        }
        assertThat(total).isEqualTo(report.amountCents()).isPositive();
    }

    private record Stored(UUID person, long cents, LocalDate from, LocalDate until) {}
}
