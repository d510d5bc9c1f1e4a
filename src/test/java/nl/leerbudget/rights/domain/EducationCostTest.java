package nl.leerbudget.rights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.EducationTrack;
import nl.leerbudget.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EducationCostTest {

    @ParameterizedTest(name = "{0} months of {1} a year = {2}")
    @CsvSource({
        "5, 7900.00, 3291.66", // 3291.666..., rounded down
        "12, 7900.00, 7900.00",
        "1, 0.11, 0.00", // 0.9166 cent, rounded down
        "7, 8600.00, 5016.66",
        "36, 7900.00, 23700.00",
        "0, 7900.00, 0.00",
    })
    void valuesMonthsAsTwelfthsOfTheYearRoundedDownToCents(int months, String yearly, String expected) {
        assertThat(EducationCost.share(Money.parse(yearly), months)).isEqualTo(Money.parse(expected));
    }

    @ParameterizedTest(name = "{0}..{1}: {2} months from {3}")
    @CsvSource({
        "2012-08-01, 2015-07-31, 36, 2012-08",
        "2012-08-02, 2015-07-31, 35, 2012-09",
        "2012-08-31, 2012-09-01, 1, 2012-09",
        "2012-08-02, 2012-08-31, 0, ",
        "2019-12-01, 2020-01-01, 2, 2019-12",
    })
    void countsTheMonthsWhoseFirstDayIsInThePeriod(LocalDate start, LocalDate end, int count, YearMonth first) {
        var months = EducationCost.months(new EducationPeriod(EducationTrack.HBO_MASTER, start, end, true, true));

        assertThat(months).hasSize(count);
        if (count > 0) {
            assertThat(months.getFirst()).isEqualTo(first);
            assertThat(months.getLast()).isEqualTo(YearMonth.from(end));
        }
    }
}
