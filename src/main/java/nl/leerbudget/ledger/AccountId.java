package nl.leerbudget.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record AccountId(UUID value) implements Comparable<AccountId> {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId of(String text) {
        return new AccountId(UUID.fromString(text));
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    /** A stable id derived from a name, so that a retried step produces the same id. */
    public static AccountId derived(String name) {
        return new AccountId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
