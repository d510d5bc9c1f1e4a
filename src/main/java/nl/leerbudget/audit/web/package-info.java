/** Records state-changing API requests and refused access; serves the verification under /api/v1/audit. */
@NullMarked
package nl.leerbudget.audit.web;

import org.jspecify.annotations.NullMarked;
