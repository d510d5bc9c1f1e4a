/** The releases of the published tables in SQL. */
@NullMarked
package nl.leerbudget.monitoring.persistence;

import org.jspecify.annotations.NullMarked;
