/** The funding tables: uploads, relations, periodic plans with their credited people, auto-approval limits. */
@NullMarked
package nl.leerbudget.funding.persistence;

import org.jspecify.annotations.NullMarked;
