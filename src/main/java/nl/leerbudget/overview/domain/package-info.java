/** The plan rules and the plan policy's reader: plain Java, no framework. */
@NullMarked
package nl.leerbudget.overview.domain;

import org.jspecify.annotations.NullMarked;
