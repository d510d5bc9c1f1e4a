/** Demo identities for the embedded default. */
@NullMarked
package nl.leerbudget.identity.batch;

import org.jspecify.annotations.NullMarked;
