/** The periodic deposits' nightly run and its command line, and the demo relations. */
@NullMarked
package nl.leerbudget.funding.batch;

import org.jspecify.annotations.NullMarked;
