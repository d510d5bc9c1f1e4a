/**
 * Payments to banks: the SEPA credit transfer initiation file (ISO 20022 {@code pain.001.001.09}) for a batch of
 * payouts, such as voucher grants paid to training providers.
 *
 * <p>The API is at this root: the records {@link nl.leerbudget.payments.PaymentBatch},
 * {@link nl.leerbudget.payments.CreditTransfer} and {@link nl.leerbudget.payments.Party}, which refuse what a bank
 * would refuse (IBAN check digits, identifiers, amounts, an empty batch), and
 * {@link nl.leerbudget.payments.Pain001#write}, which turns a batch into the bytes of the file. Pure: no Spring, no
 * database; the JDK's StAX writes the XML. Deciding what to pay and recording that it was paid belong to the
 * modules that own the money.
 */
@NullMarked
@ApplicationModule(
        displayName = "Payments",
        allowedDependencies = {"shared"})
package nl.leerbudget.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
