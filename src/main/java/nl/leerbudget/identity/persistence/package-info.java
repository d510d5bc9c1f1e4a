/** SQL for people, users, login subjects and mandates. */
@NullMarked
package nl.leerbudget.identity.persistence;

import org.jspecify.annotations.NullMarked;
