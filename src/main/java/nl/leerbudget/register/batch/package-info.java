/** Demo providers and offerings for the embedded default. */
@NullMarked
package nl.leerbudget.register.batch;

import org.jspecify.annotations.NullMarked;
