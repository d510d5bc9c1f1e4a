package nl.leerbudget.overview.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.overview.BookingView;
import nl.leerbudget.schemes.ProviderSettlements;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** Where bookings, their steps and their settlements are kept. */
public interface BookingStore {

    void insert(BookingView booking);

    Optional<BookingView> booking(UUID id);

    /** The booking, locked until the end of the transaction. */
    Optional<BookingView> lock(UUID id);

    Optional<BookingView> byRequest(UUID requestId);

    /** A person's bookings, newest first. */
    List<BookingView> ofPerson(PersonId person, int limit);

    /** A provider's bookings, those waiting for it first, then newest first. */
    List<BookingView> ofProvider(UUID provider, int limit);

    /** Whether the person has a booking of this offering on this start date that has not ended. */
    boolean hasOpen(PersonId person, String offeringId, LocalDate startDate);

    /** Writes the state, deadline, start, amounts and payments of a booking. */
    void update(BookingView booking);

    /** Bookings waiting for a step whose last day is before {@code today}, oldest deadline first. */
    List<UUID> overdue(LocalDate today, int limit);

    /**
     * One step of a booking, under the client's request id (the idempotency key).
     *
     * @param actingFor the person an adviser acted for, or null
     */
    record Change(
            UUID requestId,
            UUID booking,
            String kind,
            @Nullable UUID ledgerCommand,
            String changedBy,
            @Nullable PersonId actingFor,
            Instant changedAt) {}

    Optional<Change> change(UUID requestId);

    void insertChange(Change change);

    /** The steps of a booking, in order. */
    List<Change> changes(UUID booking);

    /** What a booking settled to its provider, to be paid in a payout run. */
    void insertSettlement(UUID booking, ProviderSettlements.Settlement settlement);

    List<ProviderSettlements.Settlement> lockUnpaidSettlements();

    void paid(List<UUID> settlements, UUID payoutRun);
}
