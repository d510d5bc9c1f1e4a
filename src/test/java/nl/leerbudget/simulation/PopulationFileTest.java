package nl.leerbudget.simulation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PopulationFileTest {

    private final Population population = new Population(7, Population.DEFAULT_REFERENCE_DATE);

    @Test
    void writesTheWholeFileUnderItsNameAndLeavesNoTemporaryFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("out/population.csv");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        PopulationFile.write(population, 1_000, file, 2, new PrintStream(log, true, UTF_8));

        List<String> lines = Files.readAllLines(file, UTF_8);
        assertThat(lines).hasSize(1_001);
        assertThat(lines.get(0)).isEqualTo("person_id,birth_date,history");
        assertThat(lines.get(1)).isEqualTo(PopulationFile.line(population.person(0)));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(log.toString(UTF_8)).contains("wrote 1,000 people");
    }

    @Test
    void readsBackWhatItWrites() {
        population
                .people(2_000)
                .forEach(person -> assertThat(PopulationFile.person(PopulationFile.line(person)))
                        .isEqualTo(person));
    }

    @Test
    void readsAPersonWithoutRecordedEducation() {
        Person person = PopulationFile.person("3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17,");

        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1984, 3, 17));
        assertThat(person.history()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17",
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17,VO:1996-08-01..2000-07-31:funded:diploma,",
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,17-03-1984,",
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17,HAVO:1996-08-01..2001-07-31:funded:diploma",
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17,VO:1996-08-01..1996-07-31:funded:diploma",
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17,VO:1996-08-01-2000-07-31:funded:diploma",
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17,VO:1996-08-01..2000-07-31:paid:diploma",
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17,VO:1996-08-01..2000-07-31:funded:yes",
                "3f2a0c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b,1984-03-17,VO:1996-08-01..2000-07-31:funded:diploma;"
                        + "MBO2-BOL:2000-07-01..2002-07-31:funded:diploma"
            })
    void refusesMalformedLines(String line) {
        assertThatThrownBy(() -> PopulationFile.person(line)).isInstanceOf(IllegalArgumentException.class);
    }
}
