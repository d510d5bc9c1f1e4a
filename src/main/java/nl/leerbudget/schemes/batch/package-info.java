/** Start-up work of the voucher schemes: the demo data. */
@NullMarked
package nl.leerbudget.schemes.batch;

import org.jspecify.annotations.NullMarked;
