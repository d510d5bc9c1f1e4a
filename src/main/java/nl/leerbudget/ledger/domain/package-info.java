/** The posting engine: pure Java, no Spring, no SQL. */
@NullMarked
package nl.leerbudget.ledger.domain;

import org.jspecify.annotations.NullMarked;
