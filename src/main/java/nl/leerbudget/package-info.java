@NullMarked
package nl.leerbudget;

import org.jspecify.annotations.NullMarked;
