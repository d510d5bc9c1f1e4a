package nl.leerbudget.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Unit;
import org.jspecify.annotations.Nullable;

/** The state of one ledger account as the posting engine sees it. */
public record Account(
        AccountId id,
        AccountKind kind,
        Unit unit,
        String name,
        boolean allowNegative,
        @Nullable FunderType funderType,
        @Nullable CompartmentTerms compartment,
        Balances balances,
        @Nullable Instant expiredAt,
        Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(balances, "balances");
    }

    public static Account open(OpenAccount open, Instant now) {
        return new Account(
                open.id(),
                open.kind(),
                open.unit(),
                open.name(),
                open.allowNegative(),
                open.funderType(),
                open.compartment(),
                Balances.ZERO,
                null,
                now);
    }

    public Account with(Balances next) {
        return new Account(id, kind, unit, name, allowNegative, funderType, compartment, next, expiredAt, createdAt);
    }

    public Account expired(Instant when) {
        return new Account(id, kind, unit, name, allowNegative, funderType, compartment, balances, when, createdAt);
    }

    /** The invariant every account keeps: it does not go below zero unless it explicitly may. */
    public boolean withinLimits(Balances candidate) {
        return allowNegative || candidate.covered();
    }

    public boolean isExpired() {
        return expiredAt != null;
    }

    /** A compartment can be spent from only within its validity period; other accounts always. */
    public boolean spendableOn(LocalDate day) {
        return compartment == null || (!isExpired() && compartment.isValidOn(day));
    }
}
