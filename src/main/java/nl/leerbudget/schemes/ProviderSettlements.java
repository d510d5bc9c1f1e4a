package nl.leerbudget.schemes;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Money settled to providers' payable accounts outside the schemes, waiting to be paid: a payout run pays it together
 * with the grants whose start was confirmed. Implemented by the module that settles it (bookings, in {@code overview});
 * the schemes module only asks, so it does not depend on that module.
 */
public interface ProviderSettlements {

    /** Every settlement no run has paid yet, locked until the end of the caller's transaction, in a stable order. */
    List<Settlement> lockUnpaid();

    /** Records that a payout run paid these settlements, in the caller's transaction. */
    void paid(List<UUID> settlements, UUID payoutRun);

    /**
     * One amount settled to a provider.
     *
     * @param id the ledger transfer that settled it
     * @param provider the provider (its payable account has the same id)
     */
    record Settlement(UUID id, UUID provider, long amountCents) {
        public Settlement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(provider, "provider");
            if (amountCents <= 0) {
                throw new IllegalArgumentException("a settlement is positive");
            }
        }
    }
}
