/**
 * The ledger: learning accounts made of compartments, funder, scheme-budget, provider and settlement accounts, and
 * the double-entry, append-only transfers between them (holds, settlements, releases, reversals, expiry).
 *
 * <p>The API is {@link nl.leerbudget.ledger.Ledger} with its ids, commands and views; {@code domain} is the pure
 * posting engine, {@code persistence} its SQL, {@code web} the REST resources, {@code batch} the expiry run.
 */
@NullMarked
@ApplicationModule(
        displayName = "Ledger",
        allowedDependencies = {"shared", "identity", "platform::web", "platform::jdbc"})
package nl.leerbudget.ledger;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
