/** The pure parts of the skills module: reading ESCO's CSV files, the gap and the ranking, the store's interface. */
@NullMarked
package nl.leerbudget.skills.domain;

import org.jspecify.annotations.NullMarked;
