/** People, users and mandates as pure Java: the BSN and its eleven-test, mandate validity, pseudonyms. */
@NullMarked
package nl.leerbudget.identity.domain;

import org.jspecify.annotations.NullMarked;
