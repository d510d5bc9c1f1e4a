/**
 * The personal overview (Leeroverzicht) and what a person does from it. It reads the others: every compartment of a
 * person's learning account by where its money comes from, what expires soon, the scheme windows they may apply in,
 * their applications, bookings and the statement of their compartments ({@link nl.leerbudget.overview.Overviews}); and
 * the financing plan of one training: which compartments would pay for an offering, how much each, what the person
 * pays, and for every compartment that does not pay, why (the ledger's own conditions rule, with its rule id)
 * ({@link nl.leerbudget.overview.Financing}). It writes bookings, which execute a plan as holds in the ledger and
 * settle them to the provider ({@link nl.leerbudget.overview.Bookings}), and co-financing requests to funders
 * ({@link nl.leerbudget.overview.CoFinancing}).
 *
 * <p>The API is at this root: the services with their records. {@code domain} holds the pure rules (the plan, the
 * settlement of a booking, working days, how the overview groups and words an account), the readers of the plan and
 * booking policies and the stores' interfaces; {@code persistence} the tables; {@code web} the REST resources and
 * the pages; {@code batch} the run that ends bookings whose deadline passed.
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
            "funding",
            "platform::jdbc",
            "platform::web"
        })
package nl.leerbudget.overview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
