/** The tables of bookings, their payments, steps and settlements. */
@NullMarked
package nl.leerbudget.overview.persistence;

import org.jspecify.annotations.NullMarked;
