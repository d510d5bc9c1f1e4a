package nl.leerbudget.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A delivery of benefit facts from UWV or a municipality: per line, which person (by BSN) receives which benefit from
 * which day to which day. Imported all or nothing, once per {@code deliveryId}.
 *
 * @param deliveryId the client's idempotency key: the same delivery again changes nothing, another delivery under the
 *     same key is refused
 * @param source {@code uwv}, or {@code gemeente-} and the municipality's four-digit CBS code
 */
public record BenefitDelivery(UUID deliveryId, String source, List<Line> lines) {

    public static final Pattern SOURCE = Pattern.compile("uwv|gemeente-[0-9]{4}");

    public BenefitDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        if (!SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("a source is 'uwv' or 'gemeente-' and a four-digit CBS code");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a delivery has at least one line");
        }
    }

    /**
     * One period.
     *
     * @param endsOn the last day of the benefit; null while it goes on
     */
    public record Line(
            String bsn,
            BenefitKind benefit,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        public Line {
            Objects.requireNonNull(bsn, "bsn");
            Objects.requireNonNull(benefit, "benefit");
            Objects.requireNonNull(startsOn, "startsOn");
            if (endsOn != null && endsOn.isBefore(startsOn)) {
                throw new IllegalArgumentException("a benefit ends on or after its first day");
            }
        }
    }

    /** What became of a delivery. */
    public sealed interface Result {

        /**
         * Imported (or imported before: {@code replayed}).
         *
         * @param people the different people (BSNs) the lines name, registered or not
         */
        record Delivered(UUID deliveryId, int lines, int people, boolean replayed) implements Result {}

        /** Nothing imported; every wrong line is listed (line numbers count from 1). */
        record Refused(List<LineError> errors) implements Result {
            public Refused {
                errors = List.copyOf(errors);
            }
        }
    }

    /** What is wrong with line {@code line}, in {@code field}. */
    public record LineError(int line, String field, String reason) {}
}
