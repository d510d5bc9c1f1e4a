package nl.leerbudget.rights.domain;

import static nl.leerbudget.rights.domain.Wording.date;
import static nl.leerbudget.rights.domain.Wording.detail;
import static nl.leerbudget.rights.domain.Wording.line;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leerbudget.rights.EducationHistory;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.RightsPolicy;
import nl.leerbudget.rights.RightsPolicy.AfterInitialEducation;
import nl.leerbudget.rights.RightsPolicy.AtAge;
import nl.leerbudget.rights.TraceLine;
import nl.leerbudget.shared.StatePensionAge;

/**
 * When a right may be used. It starts on the latest of: the policy's effective date, the start the policy's rule
 * gives (an age, or the day after initial education, not before a minimum age). It ends on the day before the person
 * reaches the AOW age.
 */
public final class ValidityRule {

    private ValidityRule() {}

    /** {@code validUntil} is before {@code validFrom} when the person reaches the AOW age before the right starts. */
    public record Result(
            LocalDate validFrom, LocalDate validUntil, LocalDate pensionAgeReached, List<TraceLine> lines) {
        public Result {
            lines = List.copyOf(lines);
        }

        public boolean endsBeforeItStarts() {
            return validUntil.isBefore(validFrom);
        }
    }

    /** The dates with their explanation. */
    public static Result of(RightsPolicy policy, LocalDate birthDate, EducationHistory history) {
        return compute(policy, birthDate, history, true);
    }

    /** The same dates as {@link #of}, computed by the same code, without the explanation (no lines). */
    public static Result dates(RightsPolicy policy, LocalDate birthDate, EducationHistory history) {
        return compute(policy, birthDate, history, false);
    }

    private static Result compute(RightsPolicy policy, LocalDate birthDate, EducationHistory history, boolean explain) {
        List<TraceLine> reasons = explain ? new ArrayList<>() : List.of();
        LocalDate from = policy.effectiveFrom();
        switch (policy.start()) {
            case AtAge atAge -> {
                LocalDate birthday = birthDate.plusYears(atAge.years());
                if (explain) {
                    reasons.add(detail(
                            "validity.age", "De dag dat u " + atAge.years() + " jaar wordt: " + date(birthday) + "."));
                }
                from = latest(from, birthday);
            }
            case AfterInitialEducation after -> {
                Optional<LocalDate> end = initialEducationEnd(history, after.maximumGapMonths());
                if (end.isPresent()) {
                    LocalDate dayAfter = end.get().plusDays(1);
                    if (explain) {
                        reasons.add(detail(
                                "validity.initial-education",
                                "De dag na het einde van uw initiële onderwijs ("
                                        + Wording.month(YearMonth.from(end.get())) + "): " + date(dayAfter) + "."));
                    }
                    from = latest(from, dayAfter);
                } else if (explain) {
                    reasons.add(detail(
                            "validity.initial-education",
                            "Er staat geen initieel onderwijs in uw gegevens. Dat telt dus niet mee."));
                }
                LocalDate birthday = birthDate.plusYears(after.minimumAge());
                if (explain) {
                    reasons.add(detail(
                            "validity.age",
                            "De dag dat u " + after.minimumAge() + " jaar wordt: " + date(birthday) + "."));
                }
                from = latest(from, birthday);
            }
        }
        LocalDate pension = policy.pensionAge().reachedOn(birthDate);
        LocalDate until = pension.minusDays(1);
        if (!explain) {
            return new Result(from, until, pension, List.of());
        }
        reasons.add(detail(
                "validity.effective-date", "De dag dat het beleid ingaat: " + date(policy.effectiveFrom()) + "."));
        StatePensionAge.Step step = policy.pensionAge().stepFor(birthDate);
        List<TraceLine> lines = new ArrayList<>();
        lines.add(
                line("validity.from", "Het leerrecht begint op " + date(from) + ". Dat is de laatste van deze data:"));
        lines.addAll(reasons);
        lines.add(line(
                "validity.pension-age",
                "Het leerrecht loopt tot en met " + date(until) + ": de dag voordat u de AOW-leeftijd bereikt ("
                        + step.dutch() + ")."));
        return new Result(from, until, pension, lines);
    }

    /**
     * The last day of initial education: the end of the first period, extended by every later period that starts at
     * most {@code maximumGapMonths} after the ones before it ended. Empty for a history without periods.
     */
    public static Optional<LocalDate> initialEducationEnd(EducationHistory history, int maximumGapMonths) {
        LocalDate end = null;
        for (EducationPeriod period : history.periods()) {
            if (end == null) {
                end = period.end();
            } else if (!period.start().isAfter(end.plusMonths(maximumGapMonths))) {
                end = latest(end, period.end());
            } else {
                break;
            }
        }
        return Optional.ofNullable(end);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
