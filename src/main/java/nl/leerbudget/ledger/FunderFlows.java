package nl.leerbudget.ledger;

import java.util.List;
import java.util.Objects;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * Where a funder's money went, per calendar year: deposited into compartments, and out of those compartments again
 * (spent, by provider and offering type; returned or lapsed at expiry; reversed). Aggregates only: no person, no
 * compartment. Amounts in hundredths of the unit.
 */
public record FunderFlows(AccountView funder, List<Row> rows) {

    public FunderFlows {
        Objects.requireNonNull(funder, "funder");
        rows = List.copyOf(rows);
    }

    /** What moved the money. */
    public enum Flow {
        /** Into the funder's compartments (a deposit or grant). */
        DEPOSITED,
        /** Paid from them to a provider. */
        SPENT,
        /** Back to the funder at expiry. */
        RETURNED,
        /** To the state at expiry. */
        LAPSED,
        /** Corrected by a reversal. */
        REVERSED
    }

    /**
     * One sum.
     *
     * @param provider the provider paid (SPENT only)
     * @param offeringType the type of the offering paid for, as recorded with the payment (SPENT only)
     */
    public record Row(
            int year,
            Flow flow,
            @Nullable AccountId provider,
            @Nullable String providerName,
            @Nullable OfferingType offeringType,
            long amount) {

        public Row {
            Objects.requireNonNull(flow, "flow");
        }
    }
}
