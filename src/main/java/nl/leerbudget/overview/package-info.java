/**
 * The personal overview (Leeroverzicht). It reads the others and writes nothing: every compartment of a person's
 * learning account by where its money comes from, what expires soon, the scheme windows they may apply in, their
 * applications and the statement of their compartments ({@link nl.leerbudget.overview.Overviews}); and the financing
 * plan of one training: which compartments would pay for an offering, how much each, what the person pays, and for
 * every compartment that does not pay, why (the ledger's own conditions rule, with its rule id)
 * ({@link nl.leerbudget.overview.Financing}).
 *
 * <p>The API is at this root: the two services with their records. {@code domain} holds the pure rules (the plan, and
 * how the overview groups and words an account) and the reader of the plan policy, {@code web} the REST resources and
 * the pages.
 */
@NullMarked
@ApplicationModule(
        displayName = "Overview",
        allowedDependencies = {"shared", "identity", "ledger", "register", "rights", "schemes", "platform::web"})
package nl.leerbudget.overview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
