@NullMarked
package nl.leerbudget.register.domain;

import org.jspecify.annotations.NullMarked;
