package nl.leerbudget.schemes;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * How many grants were decided for one offering in one month (Dutch time), whatever became of them: an aggregate view
 * for the signals of misuse (a provider's grants against its history).
 */
public record GrantMonth(UUID offering, YearMonth month, long grants) {

    public GrantMonth {
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(month, "month");
        if (grants < 1) {
            throw new IllegalArgumentException("a month counts at least one grant");
        }
    }
}
