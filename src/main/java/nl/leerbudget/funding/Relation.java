package nl.leerbudget.funding;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** A person a funder funds: employment, membership or client, from its first day to its last (null: going on). */
public record Relation(
        UUID id,
        AccountId funder,
        PersonId person,
        RelationKind kind,
        LocalDate start,
        @Nullable LocalDate end) {

    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start");
        }
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
