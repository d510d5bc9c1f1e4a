/** The national batch: learning rights for a whole population file, resumable, with progress. */
@NullMarked
package nl.leerbudget.rights.batch;

import org.jspecify.annotations.NullMarked;
