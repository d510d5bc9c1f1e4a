/** SQL for the ledger, through JdbcClient and JDBC batches; one schema for PostgreSQL and H2. */
@NullMarked
package nl.leerbudget.ledger.persistence;

import org.jspecify.annotations.NullMarked;
