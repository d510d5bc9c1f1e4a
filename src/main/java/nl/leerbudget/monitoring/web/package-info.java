/** The analysts' statistics page, its chart and its CSV file: only protected tables, hidden cells marked. */
@NullMarked
package nl.leerbudget.monitoring.web;

import org.jspecify.annotations.NullMarked;
