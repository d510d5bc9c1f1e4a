package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void agesFrom18To66AddUpToTheWholePopulation() {
        double total = 0;
        for (int age = Calibration.YOUNGEST; age <= Calibration.OLDEST; age++) {
            total += Calibration.ageShare(age);
        }
        assertThat(total).isCloseTo(1, within(1e-9));
        assertThat(Calibration.age(0)).isEqualTo(18);
        assertThat(Calibration.age(Math.nextDown(1.0))).isEqualTo(66);
    }

    @Test
    void theSharesByAgeAddUpExactlyToTheCbsLevels() {
        double[] overall = new double[EducationLevel.values().length];
        for (int age = Calibration.YOUNGEST; age <= Calibration.OLDEST; age++) {
            for (EducationLevel level : EducationLevel.values()) {
                assertThat(Calibration.levelShare(age, level)).isBetween(0.0, 1.0);
                overall[level.ordinal()] += Calibration.ageShare(age) * Calibration.levelShare(age, level);
            }
        }
        assertThat(overall).containsExactly(new double[] {0.006, 0.260, 0.370, 0.364}, within(1e-9));
    }

    @Test
    void noOneHasAHigherDegreeBeforeTwentyAndLaterCohortsHaveMore() {
        assertThat(Calibration.levelShare(18, EducationLevel.HIGH)).isZero();
        assertThat(Calibration.levelShare(19, EducationLevel.HIGH)).isZero();
        assertThat(Calibration.levelShare(30, EducationLevel.HIGH))
                .isGreaterThan(Calibration.levelShare(45, EducationLevel.HIGH))
                .isGreaterThan(Calibration.levelShare(66, EducationLevel.HIGH));
    }

    @Test
    void onlyTheYoungAreStillOnTheirWay() {
        assertThat(Calibration.onTheWay(18, EducationLevel.LOW)).isGreaterThan(0.5);
        assertThat(Calibration.onTheWay(20, EducationLevel.MIDDLE)).isGreaterThan(0.5);
        assertThat(Calibration.onTheWay(29, EducationLevel.LOW)).isZero();
        assertThat(Calibration.onTheWay(29, EducationLevel.MIDDLE)).isZero();
        assertThat(Calibration.onTheWay(20, EducationLevel.HIGH)).isZero();
    }
}
