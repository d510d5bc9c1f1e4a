package nl.leerbudget.ledger;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account with its balances, in hundredths of its unit.
 *
 * @param balance posted credits minus posted debits
 * @param available balance less what holds reserve
 * @param held what holds reserve (pending debits)
 * @param incoming what holds will bring in when settled (pending credits)
 */
public record AccountView(
        AccountId id,
        AccountKind kind,
        Unit unit,
        String name,
        @Nullable FunderType funderType,
        boolean allowNegative,
        long balance,
        long available,
        long held,
        long incoming,
        @Nullable CompartmentTerms compartment,
        @Nullable Instant expiredAt,
        Instant createdAt) {}
