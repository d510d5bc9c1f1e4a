package nl.leerbudget.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record LearningAccountId(UUID value) implements Comparable<LearningAccountId> {

    public LearningAccountId {
        Objects.requireNonNull(value, "value");
    }

    public static LearningAccountId of(String text) {
        return new LearningAccountId(UUID.fromString(text));
    }

    public static LearningAccountId random() {
        return new LearningAccountId(UUID.randomUUID());
    }

    /** A stable id derived from a name, so that a retried step produces the same id. */
    public static LearningAccountId derived(String name) {
        return new LearningAccountId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every person has at most one learning account, and its id follows from the person's. */
    public static LearningAccountId of(nl.leerbudget.shared.PersonId person) {
        return derived("learning-account/" + person);
    }

    @Override
    public int compareTo(LearningAccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
