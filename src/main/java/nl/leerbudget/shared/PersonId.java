package nl.leerbudget.shared;

import java.util.Objects;
import java.util.UUID;

/** A person as every module outside identity knows them. The BSN never leaves identity. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
