/** The rights module's tables, in plain SQL; bulk writes through the platform's {@code BulkInsert}. */
@NullMarked
package nl.leerbudget.rights.persistence;

import org.jspecify.annotations.NullMarked;
