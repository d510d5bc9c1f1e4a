/** The voucher-scheme tables, in plain SQL; applications are written in bulk through the platform's BulkInsert. */
@NullMarked
package nl.leerbudget.schemes.persistence;

import org.jspecify.annotations.NullMarked;
