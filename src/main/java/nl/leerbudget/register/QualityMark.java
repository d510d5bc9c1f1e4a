package nl.leerbudget.register;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quality mark a provider holds, valid for a period.
 *
 * @param code the certificate number, or for an OCW-recognised institution its RIO code
 */
public record QualityMark(Scheme scheme, @Nullable String code, LocalDate validFrom, LocalDate validUntil) {

    public enum Scheme {
        NRTO,
        CRKBO,
        CEDEO,
        /** A publicly funded (OCW-recognised) institution, registered in RIO. */
        OCW_INSTITUTION
    }

    public QualityMark {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a quality mark ends after it starts");
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
