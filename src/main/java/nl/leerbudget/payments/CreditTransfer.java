package nl.leerbudget.payments;

import java.util.Objects;
import nl.leerbudget.shared.Money;

/**
 * One payout in a batch.
 *
 * @param endToEndId our reference, returned by the bank on the statement and to the payee (1 to 35 characters)
 * @param remittance the unstructured remittance text the payee sees (omschrijving): 1 to 140 characters once in the
 *     SEPA character set
 */
public record CreditTransfer(String endToEndId, Party creditor, Money amount, String remittance) {

    /** The largest amount of one SEPA credit transfer, EUR 999,999,999.99 (EPC132-08, Amount). */
    public static final Money MAXIMUM = Money.cents(99_999_999_999L);

    public CreditTransfer {
        SepaText.requireIdentifier(Objects.requireNonNull(endToEndId, "endToEndId"), "an end-to-end id");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(remittance, "remittance");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an amount to transfer is positive, not " + amount);
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("a SEPA credit transfer is at most " + MAXIMUM + ", not " + amount);
        }
        int length = SepaText.of(remittance).length();
        if (length == 0 || length > 140) {
            throw new IllegalArgumentException("a remittance text has 1 to 140 characters in the SEPA character set,"
                    + " this one " + length + ": '" + remittance + "'");
        }
    }
}
