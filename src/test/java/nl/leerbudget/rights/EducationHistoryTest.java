package nl.leerbudget.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EducationHistoryTest {

    @Test
    void readsAndWritesTheCompactNotation() {
        String compact =
                "VO:2006-08-01..2010-07-31:funded:diploma;HBO-BACHELOR:2010-09-01..2012-01-31:unfunded:no-diploma";

        EducationHistory history = EducationHistory.parse(EntitlementTest.PERSON, 1, compact);

        assertThat(history.periods())
                .containsExactly(
                        new EducationPeriod(
                                EducationTrack.VO, LocalDate.of(2006, 8, 1), LocalDate.of(2010, 7, 31), true, true),
                        new EducationPeriod(
                                EducationTrack.HBO_BACHELOR,
                                LocalDate.of(2010, 9, 1),
                                LocalDate.of(2012, 1, 31),
                                false,
                                false));
        assertThat(history.toCompact()).isEqualTo(compact);
    }

    @Test
    void keepsPeriodsInOrderOfStart() {
        EducationHistory history = EducationHistory.parse(
                EntitlementTest.PERSON,
                1,
                "WO-MASTER:2015-09-01..2016-08-31:funded:diploma;WO-BACHELOR:2012-09-01..2015-08-31:funded:diploma");

        assertThat(history.periods())
                .extracting(EducationPeriod::track)
                .containsExactly(EducationTrack.WO_BACHELOR, EducationTrack.WO_MASTER);
    }

    @Test
    void aCorrectionIsTheNextVersion() {
        EducationHistory first = EducationHistory.of(EntitlementTest.PERSON, List.of());

        EducationHistory second =
                first.corrected(List.of(EducationPeriod.parse("MBO2-BBL:2020-01-01..2020-12-31:funded:no-diploma")));

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.periods()).isEmpty();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.person()).isEqualTo(first.person());
        assertThat(second.periods()).hasSize(1);
        assertThatThrownBy(() -> new EducationHistory(EntitlementTest.PERSON, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodEndsAfterItStarts() {
        LocalDate day = LocalDate.of(2020, 8, 1);

        assertThatThrownBy(() -> new EducationPeriod(EducationTrack.VO, day, day, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a period ends after it starts: 2020-08-01..2020-08-01");
        assertThatThrownBy(() -> new EducationPeriod(EducationTrack.VO, day, day.minusYears(1), true, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MBO5-BOL:2012-08-01..2015-07-31:funded:diploma | unknown track 'MBO5-BOL'",
                "MBO4-BOL:2012-08-01-2015-07-31:funded:diploma | expected start..end",
                "MBO4-BOL:2012-08-01..2015-07-31:paid:diploma | expected funded or unfunded",
                "MBO4-BOL:2012-08-01..2015-07-31:funded:yes | expected diploma or no-diploma",
                "MBO4-BOL:2012-08-01..2015-07-32:funded:diploma | not a date",
                "MBO4-BOL:2012-08-01..2015-07-31 | expected TRACK:start..end",
                "MBO4-BOL:2015-08-01..2012-07-31:funded:diploma | a period ends after it starts",
            })
    void refusesCompactNotationThatIsWrong(String text, String message) {
        assertThatThrownBy(() -> EducationPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
