/** Disclosure control of statistical tables and the policy's reader: plain Java, no framework. */
@NullMarked
package nl.leerbudget.monitoring.domain;

import org.jspecify.annotations.NullMarked;
