package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CivilDaysTest {

    @Test
    void agreesWithLocalDateFrom1900To2100() {
        for (LocalDate date = LocalDate.of(1900, 1, 1); date.getYear() <= 2100; date = date.plusDays(1)) {
            int day = (int) date.toEpochDay();
            assertThat(CivilDays.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
                    .isEqualTo(day);
            assertThat(CivilDays.civil(day))
                    .isEqualTo(date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth());
        }
    }
}
