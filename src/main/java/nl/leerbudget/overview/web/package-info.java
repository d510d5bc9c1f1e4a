/** The overview and the financing plan over REST and as pages. */
@NullMarked
package nl.leerbudget.overview.web;

import org.jspecify.annotations.NullMarked;
