package nl.leerbudget.overview;

import java.util.List;
import java.util.UUID;
import nl.leerbudget.overview.domain.BookingStore;
import nl.leerbudget.schemes.ProviderSettlements;
import org.springframework.stereotype.Component;

/** What bookings settled to providers, for the schemes' payout runs to pay with the grants. */
@Component
class BookingSettlements implements ProviderSettlements {

    private final BookingStore store;

    BookingSettlements(BookingStore store) {
        this.store = store;
    }

    @Override
    public List<Settlement> lockUnpaid() {
        return store.lockUnpaidSettlements();
    }

    @Override
    public void paid(List<UUID> settlements, UUID payoutRun) {
        store.paid(settlements, payoutRun);
    }
}
