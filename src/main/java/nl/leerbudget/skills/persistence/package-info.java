/** The ESCO tables. */
@NullMarked
package nl.leerbudget.skills.persistence;

import org.jspecify.annotations.NullMarked;
