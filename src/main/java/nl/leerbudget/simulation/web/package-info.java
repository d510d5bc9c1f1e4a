/**
 * The analysts' simulator pages (Dutch, without JavaScript): pick or edit scenarios, run them in the background on a
 * bounded executor, follow the progress, and compare the results side by side in tables, SVG charts and CSV files.
 */
@NullMarked
package nl.leerbudget.simulation.web;

import org.jspecify.annotations.NullMarked;
