package nl.leerbudget.ledger;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One step of a ledger command. The ledger gives each step a transfer id derived from the command id. */
public sealed interface TransferOrder {

    /**
     * Moves an amount at once.
     *
     * @param offeringId what a payment out of a compartment is for (required there: see {@link Purpose}); else null
     */
    record Move(
            AccountId debit,
            AccountId credit,
            long amount,
            TransferCode code,
            @Nullable String reference,
            @Nullable String offeringId)
            implements TransferOrder {
        public Move {
            Objects.requireNonNull(debit, "debit");
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(code, "code");
        }

        /** A move that pays for no offering: a deposit, a grant, a top-up, a payout, a return. */
        public Move(AccountId debit, AccountId credit, long amount, TransferCode code, @Nullable String reference) {
            this(debit, credit, amount, code, reference, null);
        }
    }

    /**
     * Reserves an amount, released automatically when the timeout (from booking) has passed, if given.
     *
     * @param offeringId what a hold on a compartment is for (required there: see {@link Purpose}); else null
     */
    record Hold(
            AccountId debit,
            AccountId credit,
            long amount,
            TransferCode code,
            @Nullable Duration timeout,
            @Nullable String reference,
            @Nullable String offeringId)
            implements TransferOrder {

        /** A hold that pays for no offering (on an account that is not a compartment). */
        public Hold(
                AccountId debit,
                AccountId credit,
                long amount,
                TransferCode code,
                @Nullable Duration timeout,
                @Nullable String reference) {
            this(debit, credit, amount, code, timeout, reference, null);
        }

        public Hold {
            Objects.requireNonNull(debit, "debit");
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(code, "code");
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("a hold's timeout is positive");
            }
        }
    }

    /** Settles a hold; {@code amount} null settles all of it, less settles part and releases the rest. */
    record Settle(TransferId hold, @Nullable Long amount) implements TransferOrder {
        public Settle {
            Objects.requireNonNull(hold, "hold");
        }
    }

    /** Releases a hold. */
    record Release(TransferId hold) implements TransferOrder {
        public Release {
            Objects.requireNonNull(hold, "hold");
        }
    }

    /** Corrects a posted transfer with a new transfer in the opposite direction. */
    record Reverse(TransferId transfer, @Nullable String reference) implements TransferOrder {
        public Reverse {
            Objects.requireNonNull(transfer, "transfer");
        }
    }
}
