/** The file readers (deposit and relation files, CSV as spreadsheets write it) and the stores' interfaces: plain Java, no framework. */
@NullMarked
package nl.leerbudget.funding.domain;

import org.jspecify.annotations.NullMarked;
