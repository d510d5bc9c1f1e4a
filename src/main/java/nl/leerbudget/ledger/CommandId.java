package nl.leerbudget.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record CommandId(UUID value) implements Comparable<CommandId> {

    public CommandId {
        Objects.requireNonNull(value, "value");
    }

    public static CommandId of(String text) {
        return new CommandId(UUID.fromString(text));
    }

    public static CommandId random() {
        return new CommandId(UUID.randomUUID());
    }

    /** A stable id derived from a name, so that a retried step produces the same id. */
    public static CommandId derived(String name) {
        return new CommandId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int compareTo(CommandId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
