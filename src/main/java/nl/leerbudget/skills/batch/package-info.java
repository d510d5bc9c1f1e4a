/** The load of the shipped ESCO release at start-up. */
@NullMarked
package nl.leerbudget.skills.batch;

import org.jspecify.annotations.NullMarked;
