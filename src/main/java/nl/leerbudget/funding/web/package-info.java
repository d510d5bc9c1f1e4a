/** The funder's pages (Dutch, without JavaScript) and the REST resources. */
@NullMarked
package nl.leerbudget.funding.web;

import org.jspecify.annotations.NullMarked;
