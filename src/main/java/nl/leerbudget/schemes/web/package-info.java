/** The voucher schemes' API under {@code /api/v1} and their pages: applying as a citizen, managing as the agency. */
@NullMarked
package nl.leerbudget.schemes.web;

import org.jspecify.annotations.NullMarked;
