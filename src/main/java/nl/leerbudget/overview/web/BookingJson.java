package nl.leerbudget.overview.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.overview.BookingView;
import org.jspecify.annotations.Nullable;

/** A booking as JSON: amounts as decimal strings, the state as its code with the Dutch label beside it. */
record BookingJson(
        UUID id,
        String code,
        String offeringId,
        String offeringName,
        UUID providerId,
        String providerName,
        LocalDate startDate,
        String state,
        String stateLabel,
        @Nullable LocalDate deadline,
        String price,
        String covered,
        String personPays,
        String settled,
        String fingerprint,
        boolean prepared,
        @Nullable LocalDate startedOn,
        @Nullable String finalAmount,
        @Nullable String endReason,
        List<Payment> payments,
        Instant createdAt,
        Instant updatedAt) {

    record Payment(
            UUID compartmentId,
            String label,
            String source,
            String amount,
            @Nullable UUID holdId,
            @Nullable String settled,
            String released) {}

    static BookingJson of(BookingView b) {
        return new BookingJson(
                b.id(),
                b.code(),
                b.offeringId(),
                b.offeringName(),
                b.provider(),
                b.providerName(),
                b.startDate(),
                b.state().name(),
                b.state().label(),
                b.deadline(),
                b.price().toDecimalString(),
                b.covered().toDecimalString(),
                b.personPays().toDecimalString(),
                b.settled().toDecimalString(),
                b.fingerprint(),
                b.preparedBy() != null,
                b.startedOn(),
                b.finalAmount() == null ? null : b.finalAmount().toDecimalString(),
                b.endReason(),
                b.payments().stream()
                        .map(p -> new Payment(
                                p.compartment().value(),
                                p.label(),
                                p.source().name(),
                                p.amount().toDecimalString(),
                                p.hold(),
                                p.settled() == null ? null : p.settled().toDecimalString(),
                                p.released(b.state()).toDecimalString()))
                        .toList(),
                b.createdAt(),
                b.updatedAt());
    }
}
