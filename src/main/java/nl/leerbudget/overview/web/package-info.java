/** The financing plan over REST and as a page. */
@NullMarked
package nl.leerbudget.overview.web;

import org.jspecify.annotations.NullMarked;
