package nl.leerbudget.rights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One period of education in a person's history: what, from when to when (both days included), whether the state
 * paid for it (bekostigd) and whether it ended with a diploma.
 *
 * @param publiclyFunded the institution received public funding for this student (bekostigd onderwijs); private
 *     education, even when recognised, is not
 */
public record EducationPeriod(
        EducationTrack track, LocalDate start, LocalDate end, boolean publiclyFunded, boolean diploma) {

    /** Education records start long after this; an earlier date is a typing error. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public EducationPeriod {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + ".." + end);
        }
        if (start.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("a period starts in 1900 or later: " + start);
        }
    }

    /**
     * Reads the compact notation {@code TRACK:start..end:funded|unfunded:diploma|no-diploma}, for example
     * {@code MBO4-BOL:2012-08-01..2015-07-31:funded:diploma}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static EducationPeriod parse(String text) {
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "expected TRACK:start..end:funded|unfunded:diploma|no-diploma, got '" + text + "'");
        }
        EducationTrack track = EducationTrack.ofCode(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("unknown track '" + parts[0] + "' in '" + text + "'"));
        String[] dates = parts[1].split("\\.\\.", -1);
        if (dates.length != 2) {
            throw new IllegalArgumentException("expected start..end, got '" + parts[1] + "' in '" + text + "'");
        }
        boolean funded = switch (parts[2]) {
            case "funded" -> true;
            case "unfunded" -> false;
            default ->
                throw new IllegalArgumentException(
                        "expected funded or unfunded, got '" + parts[2] + "' in '" + text + "'");
        };
        boolean diploma = switch (parts[3]) {
            case "diploma" -> true;
            case "no-diploma" -> false;
            default ->
                throw new IllegalArgumentException(
                        "expected diploma or no-diploma, got '" + parts[3] + "' in '" + text + "'");
        };
        try {
            return new EducationPeriod(track, LocalDate.parse(dates[0]), LocalDate.parse(dates[1]), funded, diploma);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (yyyy-mm-dd) in '" + text + "'", e);
        }
    }

    /** The compact notation that {@link #parse} reads. */
    public String toCompact() {
        return track.code() + ":" + start + ".." + end + ":" + (publiclyFunded ? "funded" : "unfunded") + ":"
                + (diploma ? "diploma" : "no-diploma");
    }
}
