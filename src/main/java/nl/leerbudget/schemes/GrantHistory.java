package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grants a person received earlier that still count: the caller leaves out grants that were withdrawn or lapsed
 * before use (an assumption; the STAP rules counted a year as used once money was paid).
 */
public record GrantHistory(List<EarlierGrant> grants) {

    public static final GrantHistory NONE = new GrantHistory(List.of());

    /** A grant of scheme {@code schemeId}, decided on {@code grantedOn}. */
    public record EarlierGrant(String schemeId, LocalDate grantedOn) {
        public EarlierGrant {
            Objects.requireNonNull(schemeId, "schemeId");
            Objects.requireNonNull(grantedOn, "grantedOn");
        }
    }

    public GrantHistory {
        grants = List.copyOf(Objects.requireNonNull(grants, "grants"));
    }

    public static GrantHistory of(EarlierGrant... grants) {
        return new GrantHistory(List.of(grants));
    }

    /** The first grant of this scheme in the calendar year of {@code day}, if any. */
    public Optional<EarlierGrant> inYearOf(String schemeId, LocalDate day) {
        return grants.stream()
                .filter(g -> g.schemeId().equals(schemeId) && g.grantedOn().getYear() == day.getYear())
                .findFirst();
    }
}
