/** The rights API under {@code /api/v1} and the citizen's page "Mijn leerrecht". */
@NullMarked
package nl.leerbudget.rights.web;

import org.jspecify.annotations.NullMarked;
