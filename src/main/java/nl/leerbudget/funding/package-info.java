/**
 * The funder portal: employers, sector training funds, municipalities and UWV put money into people's learning
 * accounts and see where it went. Deposits to one person or from a file with a preview (every bad line with its
 * number and reason, and the totals) before anything is booked, all or nothing and once per file
 * ({@link nl.leerbudget.funding.FunderDeposits}); the relations with the people a funder funds
 * ({@link nl.leerbudget.funding.FunderRelations}); periodic deposits, run exactly once per person and period
 * ({@link nl.leerbudget.funding.PeriodicDeposits}); the limit under which co-financing requests are approved
 * automatically ({@link nl.leerbudget.funding.CoFinancingLimits}); the usage report
 * ({@link nl.leerbudget.funding.FunderReports}). The money itself moves in the ledger, through its API; this module
 * keeps what the ledger does not: files, relations, plans and rules.
 *
 * <p>The API is at this root; {@code domain} holds the file readers and the stores' interfaces (pure Java),
 * {@code persistence} the tables, {@code web} the pages and the REST resources, {@code batch} the periodic run.
 */
@NullMarked
@ApplicationModule(
        displayName = "Funding",
        allowedDependencies = {"shared", "identity", "ledger", "platform::web", "platform::jdbc"})
package nl.leerbudget.funding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
