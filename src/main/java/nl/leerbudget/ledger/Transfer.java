package nl.leerbudget.ledger;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One entry of the ledger, never changed after it is written. */
public record Transfer(
        TransferId id,
        CommandId command,
        TransferKind kind,
        AccountId debit,
        AccountId credit,
        long amount,
        Unit unit,
        TransferCode code,
        @Nullable TransferId pending,
        @Nullable TransferId reverses,
        @Nullable Instant timeoutAt,
        @Nullable String reference,
        Instant bookedAt) {

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(bookedAt, "bookedAt");
        if (amount <= 0) {
            throw new IllegalArgumentException("a transfer moves a positive amount");
        }
        if (debit.equals(credit)) {
            throw new IllegalArgumentException("a transfer moves between two different accounts");
        }
    }
}
