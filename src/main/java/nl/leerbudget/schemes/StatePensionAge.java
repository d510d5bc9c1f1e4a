package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The state pension (AOW) age as a schedule: from a calendar year on, an age in years and months. The age that
 * applies to a person is the one of the calendar year in which they reach it (Algemene Ouderdomswet, art. 7a). A
 * scheme carries its own schedule, so that a scheme file says everything its rules use.
 */
public record StatePensionAge(List<Step> steps) {

    /** From {@code fromYear} on, the AOW age is {@code years} years and {@code months} months. */
    public record Step(int fromYear, int years, int months) {
        public Step {
            if (years < 60 || years > 80 || months < 0 || months > 11) {
                throw new IllegalArgumentException("an AOW age is 60 to 80 years and 0 to 11 months");
            }
        }

        /** In Dutch, such as "67 jaar en 3 maanden". */
        public String dutch() {
            return years + " jaar" + (months == 0 ? "" : " en " + months + (months == 1 ? " maand" : " maanden"));
        }
    }

    public StatePensionAge {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an AOW age schedule has at least one step");
        }
        for (int i = 1; i < steps.size(); i++) {
            Step before = steps.get(i - 1);
            Step step = steps.get(i);
            if (step.fromYear() <= before.fromYear()) {
                throw new IllegalArgumentException("the steps of an AOW age schedule are in order of year");
            }
            if (step.years() * 12 + step.months() < before.years() * 12 + before.months()) {
                throw new IllegalArgumentException("the AOW age does not go down");
            }
        }
    }

    /** The step that applies to someone born on {@code birthDate}. */
    public Step stepFor(LocalDate birthDate) {
        // Ages never go down, so the first step whose age is reached before the next step begins is the one.
        for (int i = 0; i < steps.size() - 1; i++) {
            Step step = steps.get(i);
            if (reached(birthDate, step).getYear() < steps.get(i + 1).fromYear()) {
                return step;
            }
        }
        return steps.getLast();
    }

    /** The day someone born on {@code birthDate} reaches the AOW age. */
    public LocalDate reachedOn(LocalDate birthDate) {
        return reached(birthDate, stepFor(birthDate));
    }

    private static LocalDate reached(LocalDate birthDate, Step step) {
        return birthDate.plusYears(step.years()).plusMonths(step.months());
    }
}
