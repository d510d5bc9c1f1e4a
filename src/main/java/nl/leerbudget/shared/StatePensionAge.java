package nl.leerbudget.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state pension (AOW) age as a schedule: from a calendar year on, an age in years and months. The age that
 * applies to a person is the one of the calendar year in which they reach it (Algemene Ouderdomswet, art. 7a). Rights
 * policies and voucher schemes each carry their own schedule, so that their files say everything their rules use.
 */
public record StatePensionAge(List<Step> steps) {

    private static final Pattern STEP = Pattern.compile("(\\d{4}):(\\d{1,2})y(?:(\\d{1,2})m)?");

    /**
     * Reads a schedule written as steps from a year on, such as {@code 2024:67y, 2028:67y3m}.
     *
     * @throws IllegalArgumentException naming the step that is not in that form
     */
    public static StatePensionAge parse(String schedule) {
        List<Step> steps = new java.util.ArrayList<>();
        for (String item : schedule.split(",", -1)) {
            Matcher matcher = STEP.matcher(item.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "expected steps such as '2024:67y, 2028:67y3m' (from year: years and months), got '"
                                + item.strip() + "'");
            }
            String months = matcher.group(3);
            steps.add(new Step(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    months == null ? 0 : Integer.parseInt(months)));
        }
        return new StatePensionAge(steps);
    }

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
