package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EducationLevelTest {

    private static EducationPeriod vo(int years, boolean diploma) {
        return new EducationPeriod(
                Track.VO, LocalDate.of(2000, 8, 1), LocalDate.of(2000 + years, 7, 31), true, diploma);
    }

    private static EducationPeriod after(Track track, int startYear, int years, boolean diploma) {
        return new EducationPeriod(
                track, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + years, 7, 31), true, diploma);
    }

    @Test
    void noRecordedEducationIsUnknown() {
        assertThat(EducationLevel.highestCompleted(List.of())).isEqualTo(EducationLevel.UNKNOWN);
    }

    @Test
    void vmboDiplomaOrNoDiplomaIsLow() {
        assertThat(EducationLevel.highestCompleted(List.of(vo(4, true)))).isEqualTo(EducationLevel.LOW);
        assertThat(EducationLevel.highestCompleted(List.of(vo(6, false)))).isEqualTo(EducationLevel.LOW);
    }

    @Test
    void havoOrVwoDiplomaReadFromFiveOrSixSchoolYearsIsMiddle() {
        assertThat(EducationLevel.highestCompleted(List.of(vo(5, true)))).isEqualTo(EducationLevel.MIDDLE);
        assertThat(EducationLevel.highestCompleted(List.of(vo(6, true)))).isEqualTo(EducationLevel.MIDDLE);
    }

    @Test
    void mboOneIsLowAndMboTwoToFourIsMiddle() {
        assertThat(EducationLevel.highestCompleted(List.of(vo(4, true), after(Track.MBO1_BOL, 2004, 1, true))))
                .isEqualTo(EducationLevel.LOW);
        assertThat(EducationLevel.highestCompleted(List.of(vo(4, true), after(Track.MBO2_BBL, 2004, 2, true))))
                .isEqualTo(EducationLevel.MIDDLE);
        assertThat(EducationLevel.highestCompleted(List.of(vo(4, true), after(Track.MBO4_BOL, 2004, 4, true))))
                .isEqualTo(EducationLevel.MIDDLE);
    }

    @Test
    void anyHboOrWoDegreeIsHighTheAssociateDegreeIncluded() {
        assertThat(EducationLevel.highestCompleted(List.of(vo(5, true), after(Track.HBO_AD, 2005, 2, true))))
                .isEqualTo(EducationLevel.HIGH);
        assertThat(EducationLevel.highestCompleted(List.of(vo(6, true), after(Track.WO_BACHELOR, 2006, 3, true))))
                .isEqualTo(EducationLevel.HIGH);
    }

    @Test
    void periodsWithoutDiplomaDoNotCount() {
        assertThat(EducationLevel.highestCompleted(List.of(vo(5, true), after(Track.HBO_BACHELOR, 2005, 4, false))))
                .isEqualTo(EducationLevel.MIDDLE);
    }
}
