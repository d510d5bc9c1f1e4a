package nl.leerbudget.simulation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2027, 1, 1);
    private static final int CALIBRATION_PEOPLE = 200_000;

    /** 200,000 people of seed 2027 as a population file, drawn once for the calibration and format tests. */
    private static final List<String> LINES = lines(new Population(2027, REFERENCE_DATE), CALIBRATION_PEOPLE, 2);

    private static final List<Person> PEOPLE =
            LINES.stream().skip(1).map(PopulationFile::person).toList();

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD =
            Pattern.compile("(VO|MBO[1-4]-(BOL|BBL)|HBO-(AD|BACHELOR|MASTER)|WO-(BACHELOR|MASTER))" + ":" + DATE
                    + "\\.\\." + DATE + ":(funded|unfunded):(diploma|no-diploma)");
    private static final Pattern LINE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}," + DATE + ",("
                    + PERIOD + "(;" + PERIOD + ")*)?");

    private static byte[] bytes(Population population, long count, int threads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            population.write(count, out, threads, written -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> lines(Population population, long count, int threads) {
        return new String(bytes(population, count, threads), UTF_8).lines().toList();
    }

    private static Map<EducationLevel, Double> levelShares(List<Person> people) {
        Map<EducationLevel, Double> shares = new EnumMap<>(EducationLevel.class);
        for (Person person : people) {
            shares.merge(person.highestCompletedLevel(), 1.0 / people.size(), Double::sum);
        }
        return shares;
    }

    private static int age(Person person) {
        return Period.between(person.birthDate(), REFERENCE_DATE).getYears();
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        Population population = new Population(42, REFERENCE_DATE);

        assertThat(bytes(population, 10_000, 1))
                .isEqualTo(bytes(new Population(42, REFERENCE_DATE), 10_000, 1))
                .isEqualTo(bytes(population, 10_000, 3));
    }

    @Test
    void aDifferentSeedGivesOtherPeople() {
        List<String> one = lines(new Population(42, REFERENCE_DATE), 10_000, 1);
        Set<String> other = new HashSet<>(lines(new Population(43, REFERENCE_DATE), 10_000, 1));

        assertThat(one.stream().filter(other::contains)).containsExactly(Population.HEADER);
    }

    @Test
    void blocksDrawnInParallelAreWrittenInOrder() {
        Population population = new Population(5, REFERENCE_DATE);
        long count = 2L * Population.BLOCK_PEOPLE + 123;

        assertThat(bytes(population, count, 3)).isEqualTo(bytes(population, count, 1));
    }

    @Test
    void theWriterTheStreamAndTheFileAgree() throws IOException {
        Population population = new Population(5, REFERENCE_DATE);
        StringWriter writer = new StringWriter();

        population.write(2_000, writer);

        List<String> lines = writer.toString().lines().toList();
        assertThat(writer.toString().getBytes(UTF_8)).isEqualTo(bytes(population, 2_000, 1));
        assertThat(lines.subList(1, lines.size()))
                .isEqualTo(population.people(2_000).map(PopulationFile::line).toList());
        assertThat(population.person(1_999)).isEqualTo(PopulationFile.person(lines.get(2_000)));
    }

    @Test
    void aFixedSeedKeepsItsPeople() {
        assertThat(LINES.get(0)).isEqualTo("person_id,birth_date,history");
        assertThat(List.of(0, 2, 23, 26, 69))
                .map(index -> LINES.get(index + 1))
                .containsExactly(
                        "d17ddd01-0ac6-4c64-aab0-00de6d1122fe,1966-09-26,VO:1978-08-01..1984-07-31:funded:diploma;"
                                + "WO-BACHELOR:1984-09-01..1989-07-31:funded:diploma;"
                                + "WO-MASTER:1989-09-01..1991-07-31:funded:diploma;"
                                + "HBO-MASTER:2000-09-01..2001-07-31:unfunded:diploma",
                        "f9f701d8-1864-4d72-813b-a8ca66c94002,1995-04-14,VO:2007-08-01..2012-07-31:funded:diploma;"
                                + "HBO-BACHELOR:2012-09-01..2017-07-31:unfunded:diploma",
                        "308e99bc-c4fa-432a-bb82-c5f30305482a,2003-11-27,VO:2016-08-01..2021-07-31:funded:diploma;"
                                + "HBO-BACHELOR:2021-09-01..2027-07-31:funded:no-diploma",
                        "1b2ecda9-440a-4778-9e92-e8060de72eb3,2001-04-23,",
                        "77749bef-12e3-49af-bed0-c3c8fd4e8639,2004-07-22,VO:2016-08-01..2022-07-31:funded:diploma;"
                                + "WO-BACHELOR:2022-09-01..2025-04-03:funded:no-diploma;"
                                + "HBO-BACHELOR:2025-09-01..2029-07-31:funded:no-diploma");
    }

    @Test
    void everyLineIsWellFormed() {
        assertThat(LINES.get(0)).isEqualTo(Population.HEADER);
        assertThat(LINES).hasSize(CALIBRATION_PEOPLE + 1);
        LocalDate latestPlannedEnd = REFERENCE_DATE.plusYears(6);
        for (String line : LINES.subList(1, LINES.size())) {
            assertThat(LINE.matcher(line).matches()).as(line).isTrue();
            Person person = PopulationFile.person(line);
            assertThat(age(person)).as(line).isBetween(18, 66);
            List<EducationPeriod> history = person.history();
            for (int i = 0; i < history.size(); i++) {
                EducationPeriod period = history.get(i);
                assertThat(period.end()).as(line).isAfter(period.start());
                assertThat(period.start()).as(line).isBefore(REFERENCE_DATE);
                if (i > 0) {
                    assertThat(period.start())
                            .as(line)
                            .isAfter(history.get(i - 1).end());
                }
                if (!period.end().isBefore(REFERENCE_DATE)) {
                    // ongoing: the last period, no diploma yet, a planned end a few years ahead at most
                    assertThat(i).as(line).isEqualTo(history.size() - 1);
                    assertThat(period.diploma()).as(line).isFalse();
                    assertThat(period.end()).as(line).isBefore(latestPlannedEnd);
                }
                assertThat(period.start().getDayOfMonth()).as(line).isOne();
                assertThat(period.start().getMonthValue()).as(line).isIn(2, 8, 9);
            }
            if (!history.isEmpty()) {
                EducationPeriod first = history.get(0);
                assertThat(first.track()).as(line).isEqualTo(Track.VO);
                assertThat(Period.between(person.birthDate(), first.start()).getYears())
                        .as(line)
                        .isBetween(11, 13);
            }
        }
    }

    @Test
    void ageBandsMatchCbsRenormalisedToAdultsUpToPensionAge() {
        // CBS StatLine 03759ned, 1 January 2024: 15-19 (two of its five ages), 20-24, ..., 60-64, 65-69 (two of five)
        double[] cbs = {.0568 * 2 / 5, .0659, .0653, .0671, .0634, .0598, .0586, .0693, .0705, .0670, .0584 * 2 / 5};
        double total = 0;
        for (double share : cbs) {
            total += share;
        }
        long[] counts = new long[cbs.length];
        for (Person person : PEOPLE) {
            int age = age(person);
            counts[age < 20 ? 0 : age >= 65 ? cbs.length - 1 : age / 5 - 3]++;
        }
        for (int band = 0; band < cbs.length; band++) {
            assertThat((double) counts[band] / CALIBRATION_PEOPLE)
                    .as("band %d", band)
                    .isCloseTo(cbs[band] / total, within(0.01));
        }
    }

    @Test
    void highestCompletedLevelsMatchCbs() {
        Map<EducationLevel, Double> shares = levelShares(PEOPLE);

        assertThat(shares.get(EducationLevel.LOW)).isCloseTo(0.260, within(0.01));
        assertThat(shares.get(EducationLevel.MIDDLE)).isCloseTo(0.370, within(0.01));
        assertThat(shares.get(EducationLevel.HIGH)).isCloseTo(0.364, within(0.01));
        assertThat(shares.get(EducationLevel.UNKNOWN)).isCloseTo(0.006, within(0.002));
    }

    @Test
    void laterCohortsMoreOftenCompletedHigherEducation() {
        List<Person> people = PEOPLE;
        Map<EducationLevel, Double> thirties = levelShares(
                people.stream().filter(p -> age(p) >= 30 && age(p) < 40).toList());
        Map<EducationLevel, Double> sixties =
                levelShares(people.stream().filter(p -> age(p) >= 57).toList());

        assertThat(thirties.get(EducationLevel.HIGH)).isGreaterThan(sixties.get(EducationLevel.HIGH) + 0.15);
        assertThat(thirties.get(EducationLevel.LOW)).isLessThan(sixties.get(EducationLevel.LOW) - 0.1);
    }

    @Test
    void aboutThreeQuartersOfMboIsAtSchoolAndAQuarterAtWork() {
        long bol = 0;
        long bbl = 0;
        for (Person person : PEOPLE) {
            for (EducationPeriod period : person.history()) {
                if (period.track().sector() == Track.Sector.MBO) {
                    if (period.track().bbl()) {
                        bbl++;
                    } else {
                        bol++;
                    }
                }
            }
        }
        assertThat((double) bol / (bol + bbl)).isCloseTo(0.75, within(0.03));
    }

    @Test
    void fewPeriodsArePrivateAndSomeEndWithoutDiploma() {
        long periods = 0;
        long unfunded = 0;
        long withoutDiploma = 0;
        for (Person person : PEOPLE) {
            for (EducationPeriod period : person.history()) {
                periods++;
                unfunded += period.funded() ? 0 : 1;
                withoutDiploma += period.diploma() ? 0 : 1;
            }
        }
        assertThat((double) unfunded / periods).isBetween(0.005, 0.05);
        assertThat((double) withoutDiploma / periods).isBetween(0.1, 0.3);
    }

    @Test
    void everyPersonHasAnIdOfTheirOwn() {
        Set<UUID> ids = new HashSet<>();
        for (Person person : PEOPLE) {
            ids.add(person.id().value());
        }
        assertThat(ids).hasSize(CALIBRATION_PEOPLE);
    }

    @Test
    void anotherReferenceDateMovesThePopulationAlong() {
        LocalDate referenceDate = LocalDate.of(2031, 6, 15);
        Population population = new Population(2027, referenceDate);

        population.people(20_000).forEach(person -> {
            assertThat(Period.between(person.birthDate(), referenceDate).getYears())
                    .isBetween(18, 66);
            person.history().forEach(period -> assertThat(period.start()).isBefore(referenceDate));
        });
    }
}
