/** The skills pages. */
@NullMarked
package nl.leerbudget.skills.web;

import org.jspecify.annotations.NullMarked;
