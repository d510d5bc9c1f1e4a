/** The hash chain of audit records and its verification: pure Java, no Spring, no SQL. */
@NullMarked
package nl.leerbudget.audit.domain;

import org.jspecify.annotations.NullMarked;
