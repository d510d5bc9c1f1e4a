package nl.leerbudget.ledger;

/** What one expiry run did. Amounts in hundredths, summed over units. */
public record ExpiryReport(long holdsReleased, long compartmentsExpired, long amountReturned, long amountLapsed) {}
