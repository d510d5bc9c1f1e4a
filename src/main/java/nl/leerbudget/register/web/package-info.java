@NullMarked
package nl.leerbudget.register.web;

import org.jspecify.annotations.NullMarked;
