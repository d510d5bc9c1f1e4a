package nl.leerbudget.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.Money;

/**
 * Transfers from one account on one day, sent to the bank as one file and booked as one batch.
 *
 * @param messageId unique per initiating party for as long as the bank remembers (1 to 35 characters); it also
 *     identifies the one payment information block
 * @param initiatingParty who sends the file, often the debtor itself
 * @param requestedExecutionDate the day the bank is to pay; not before the day the batch was created
 */
public record PaymentBatch(
        String messageId,
        Instant createdAt,
        String initiatingParty,
        Party debtor,
        LocalDate requestedExecutionDate,
        List<CreditTransfer> transfers) {

    /** Where dates and times in the file are read: the Netherlands. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A control sum has at most 18 digits (ISO 20022 DecimalNumber), so less than 10^16 euros. */
    private static final long CONTROL_SUM_LIMIT_CENTS = 1_000_000_000_000_000_000L;

    public PaymentBatch {
        SepaText.requireIdentifier(Objects.requireNonNull(messageId, "messageId"), "a message id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(initiatingParty, "initiatingParty");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        transfers = List.copyOf(transfers);
        if (SepaText.of(initiatingParty).isEmpty()) {
            throw new IllegalArgumentException(
                    "an initiating party has at least one letter or digit that SEPA can carry: '" + initiatingParty
                            + "'");
        }
        LocalDate created = LocalDate.ofInstant(createdAt, ZONE);
        if (requestedExecutionDate.isBefore(created)) {
            throw new IllegalArgumentException("the requested execution date " + requestedExecutionDate
                    + " lies before the day the batch was created, " + created);
        }
        if (transfers.isEmpty()) {
            throw new IllegalArgumentException("a payment batch has at least one transfer");
        }
        Set<String> endToEndIds = new HashSet<>();
        Money sum = Money.ZERO;
        for (CreditTransfer transfer : transfers) {
            if (!endToEndIds.add(transfer.endToEndId())) {
                throw new IllegalArgumentException(
                        "end-to-end id '" + transfer.endToEndId() + "' is used twice in one batch");
            }
            sum = sum.plus(transfer.amount());
        }
        if (sum.cents() >= CONTROL_SUM_LIMIT_CENTS) {
            throw new IllegalArgumentException("the control sum of a batch has at most 18 digits: " + sum);
        }
    }

    /** The sum of all amounts, the control sum of the file. */
    public Money controlSum() {
        Money sum = Money.ZERO;
        for (CreditTransfer transfer : transfers) {
            sum = sum.plus(transfer.amount());
        }
        return sum;
    }

    public int numberOfTransactions() {
        return transfers.size();
    }
}
