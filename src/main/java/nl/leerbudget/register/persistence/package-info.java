@NullMarked
package nl.leerbudget.register.persistence;

import org.jspecify.annotations.NullMarked;
