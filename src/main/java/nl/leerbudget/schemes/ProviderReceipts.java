package nl.leerbudget.schemes;

import java.util.Objects;
import java.util.UUID;

/**
 * What one provider received or is to receive from grants with a confirmed start (settled or paid), summed: an
 * aggregate per provider, for the concentration of spending. Providers are organisations, not people.
 */
public record ProviderReceipts(UUID provider, long grants, long cents) {

    public ProviderReceipts {
        Objects.requireNonNull(provider, "provider");
        if (grants < 1 || cents < 0) {
            throw new IllegalArgumentException("receipts count at least one grant and are not negative");
        }
    }
}
