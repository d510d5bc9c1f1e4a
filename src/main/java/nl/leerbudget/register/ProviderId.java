package nl.leerbudget.register;

import java.util.Objects;
import java.util.UUID;

public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
