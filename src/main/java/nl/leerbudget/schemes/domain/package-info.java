/**
 * The pure machinery of voucher schemes: the reader of scheme files, the seeded shuffle of a lottery and the Dutch
 * wording of explanations. No Spring, no SQL.
 */
@NullMarked
package nl.leerbudget.schemes.domain;

import org.jspecify.annotations.NullMarked;
