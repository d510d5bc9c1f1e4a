/** REST resources of the ledger under /api/v1. */
@NullMarked
package nl.leerbudget.ledger.web;

import org.jspecify.annotations.NullMarked;
