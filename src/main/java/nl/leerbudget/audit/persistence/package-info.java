/** SQL for the audit trail, through JdbcClient; one schema for PostgreSQL and H2. */
@NullMarked
package nl.leerbudget.audit.persistence;

import org.jspecify.annotations.NullMarked;
