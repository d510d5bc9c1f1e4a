package nl.leerbudget.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record TransferId(UUID value) implements Comparable<TransferId> {

    public TransferId {
        Objects.requireNonNull(value, "value");
    }

    public static TransferId of(String text) {
        return new TransferId(UUID.fromString(text));
    }

    public static TransferId random() {
        return new TransferId(UUID.randomUUID());
    }

    /** A stable id derived from a name, so that a retried step produces the same id. */
    public static TransferId derived(String name) {
        return new TransferId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int compareTo(TransferId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
