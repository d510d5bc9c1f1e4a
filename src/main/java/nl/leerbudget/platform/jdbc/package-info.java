/** Plumbing for SQL: inserting many rows at once, with PostgreSQL's {@code COPY} where the database is PostgreSQL. */
@NullMarked
@NamedInterface("jdbc")
package nl.leerbudget.platform.jdbc;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
