package nl.leerbudget.schemes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.shared.Money;

/**
 * A payout run: the grants and bookings settled to providers and not yet paid, paid in one SEPA credit transfer file
 * with one transfer per provider, and booked in the ledger as one PAYOUT transfer per provider.
 *
 * @param requestId the administrator's idempotency key
 * @param messageId the file's message id, as the bank reports it back
 * @param grants how many items the run paid: grants with a confirmed start and booking settlements
 * @param ledgerCommand the ledger command with the PAYOUT transfers
 * @param replayed this answer repeats the run made earlier for the same request id
 */
public record PayoutRun(
        UUID id,
        UUID requestId,
        String messageId,
        LocalDate executionDate,
        int grants,
        Money total,
        List<Line> lines,
        UUID ledgerCommand,
        String createdBy,
        Instant createdAt,
        boolean replayed) {

    public PayoutRun {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
        if (lines.isEmpty() || grants < 1 || !total.isPositive()) {
            throw new IllegalArgumentException("a payout run pays at least one grant");
        }
        Money sum = lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
        int count = lines.stream().mapToInt(Line::grants).sum();
        if (!sum.equals(total) || count != grants) {
            throw new IllegalArgumentException("the lines of a payout run add up to its total");
        }
    }

    public PayoutRun asReplay() {
        return new PayoutRun(
                id,
                requestId,
                messageId,
                executionDate,
                grants,
                total,
                lines,
                ledgerCommand,
                createdBy,
                createdAt,
                true);
    }

    /** What one provider is paid, to the IBAN the register held when the run was made. */
    public record Line(UUID providerId, String providerName, String iban, String endToEndId, int grants, Money amount) {
        public Line {
            Objects.requireNonNull(providerId, "providerId");
            if (grants < 1 || !amount.isPositive()) {
                throw new IllegalArgumentException("a payout line pays at least one grant");
            }
        }
    }
}
