/** Work the ledger does on its own: system accounts at start-up, the nightly expiry run, demo data. */
@NullMarked
package nl.leerbudget.ledger.batch;

import org.jspecify.annotations.NullMarked;
