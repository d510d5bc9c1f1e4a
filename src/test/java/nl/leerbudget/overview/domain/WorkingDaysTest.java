package nl.leerbudget.overview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAndHolidaysDoNotCount() {
        // Friday 23 April 2027: Monday 26 counts, Tuesday 27 is King's Day, Wednesday 28 is the second day.
        assertThat(WorkingDays.after(LocalDate.of(2027, 4, 23), 2, Set.of(LocalDate.of(2027, 4, 27))))
                .isEqualTo(LocalDate.of(2027, 4, 28));
        assertThat(WorkingDays.after(LocalDate.of(2027, 3, 1), 2, Set.of())).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(WorkingDays.after(LocalDate.of(2027, 3, 1), 0, Set.of())).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void theBuiltInPolicyHasTheDeadlinesOfItsSource() {
        var policy = BookingPolicyReader.builtIn();
        assertThat(policy.personConfirmsWithin()).isEqualTo(4);
        assertThat(policy.providerAnswersWithin()).isEqualTo(2);
        assertThat(policy.startReportedWithin()).isEqualTo(3);
        assertThat(policy.holidays()).contains(LocalDate.of(2027, 4, 27), LocalDate.of(2027, 12, 25));
    }

    @Test
    void aPolicyFileWithMistakesNamesEachOne() {
        String text = """
                id = test
                version = 1
                description = test
                effective-from = 2027-01-01
                person-confirms-within = 4 days
                provider-answers-within = 0 working days
                holidays-2027 = 2028-01-01
                """;
        try {
            BookingPolicyReader.read(text, "test");
            throw new AssertionError("read a wrong file");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage())
                    .contains("person-confirms-within", "provider-answers-within", "start-reported-within", "2027");
        }
    }
}
