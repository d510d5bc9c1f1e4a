/** Scheduled work of the overview: the deadlines of bookings. */
@NullMarked
package nl.leerbudget.overview.batch;

import org.jspecify.annotations.NullMarked;
