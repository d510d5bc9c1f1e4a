package nl.leerbudget.register;

import java.util.Objects;
import java.util.UUID;

public record OfferingId(UUID value) {

    public OfferingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
