/**
 * The personal overview (Leeroverzicht): for now the financing plan of one training. It reads the others and writes
 * nothing: which of a person's compartments would pay for an offering, how much each, what the person pays, and for
 * every compartment that does not pay, why (the ledger's own conditions rule, with its rule id).
 *
 * <p>The API is {@link nl.leerbudget.overview.Financing} with its plan and policy records; {@code domain} holds the
 * pure plan rules and the reader of the plan policy, {@code web} the REST resource and the page.
 */
@NullMarked
@ApplicationModule(
        displayName = "Overview",
        allowedDependencies = {
            "shared",
            "identity",
            "ledger",
            "register",
            "rights",
            "schemes",
            "platform::jdbc",
            "platform::web"
        })
package nl.leerbudget.overview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
