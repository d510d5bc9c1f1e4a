/** Login, the development identity provider, security filter chains and the start pages. */
@NullMarked
package nl.leerbudget.identity.web;

import org.jspecify.annotations.NullMarked;
