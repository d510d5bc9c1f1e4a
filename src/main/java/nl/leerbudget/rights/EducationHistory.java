package nl.leerbudget.rights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.leerbudget.shared.PersonId;

/**
 * A person's education as the education register knows it, in one version. A correction never changes a history: it
 * arrives as the next version ({@link #corrected}), so that every computed right names the version it was computed
 * from. Periods are kept in order of start date (then end date, then track), whatever order they arrive in.
 */
public record EducationHistory(PersonId person, int version, List<EducationPeriod> periods) {

    private static final Comparator<EducationPeriod> ORDER = Comparator.comparing(EducationPeriod::start)
            .thenComparing(EducationPeriod::end)
            .thenComparing(EducationPeriod::track);

    public EducationHistory {
        Objects.requireNonNull(person, "person");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        periods = periods.stream().sorted(ORDER).toList();
    }

    /** The first version of a history. */
    public static EducationHistory of(PersonId person, List<EducationPeriod> periods) {
        return new EducationHistory(person, 1, periods);
    }

    /** The next version, with the corrected periods. */
    public EducationHistory corrected(List<EducationPeriod> correctedPeriods) {
        return new EducationHistory(person, Math.addExact(version, 1), correctedPeriods);
    }

    /**
     * Reads periods in the compact notation of {@link EducationPeriod#parse}, separated by {@code ;}. An empty or blank
     * text is a history without periods.
     */
    public static EducationHistory parse(PersonId person, int version, String compact) {
        List<EducationPeriod> periods = new ArrayList<>();
        for (String part : compact.split(";", -1)) {
            if (!part.isBlank()) {
                periods.add(EducationPeriod.parse(part));
            }
        }
        return new EducationHistory(person, version, periods);
    }

    /** The compact notation that {@link #parse} reads. */
    public String toCompact() {
        return String.join(";", periods.stream().map(EducationPeriod::toCompact).toList());
    }
}
