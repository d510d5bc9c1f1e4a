package nl.leerbudget.schemes;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An application window's budget, for statistics of how it is used: public facts, no person in them. */
public record WindowBudget(UUID id, String code, String name, Instant opensAt, Instant closesAt, long budgetCents) {

    public WindowBudget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
    }
}
