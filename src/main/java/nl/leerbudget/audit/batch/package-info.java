/** The {@code verify} command line: verifies the trail and the ledger, reports, and exits with 0 or 1. */
@NullMarked
package nl.leerbudget.audit.batch;

import org.jspecify.annotations.NullMarked;
