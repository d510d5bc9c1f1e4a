/**
 * The register's side of the Open Education API (OOAPI v5): checking imported objects field by field against the
 * specification, mapping programs, courses and their offerings to register offerings, and the public OOAPI view of
 * admitted offerings.
 */
@NullMarked
package nl.leerbudget.register.ooapi;

import org.jspecify.annotations.NullMarked;
