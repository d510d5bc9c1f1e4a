/**
 * Value types every module speaks: money in integer cents, person identifiers, offering types. JDK only.
 */
@NullMarked
package nl.leerbudget.shared;

import org.jspecify.annotations.NullMarked;
