package nl.leerbudget.register;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provider as the register shows it.
 *
 * @param iban only for the provider itself and reviewers; null otherwise
 */
public record ProviderView(
        ProviderId id,
        String kvk,
        String name,
        @Nullable String iban,
        ProviderStatus status,
        String statusReason,
        Instant statusChangedAt,
        List<QualityMark> qualityMarks) {

    public ProviderView {
        qualityMarks = List.copyOf(qualityMarks);
    }
}
