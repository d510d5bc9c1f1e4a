/** Start-up and scheduled work of the voucher schemes: the demo data, the nightly lapse of unused grants. */
@NullMarked
package nl.leerbudget.schemes.batch;

import org.jspecify.annotations.NullMarked;
