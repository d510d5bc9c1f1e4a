/**
 * Voucher schemes (subsidieregelingen) such as STAP: a scheme as versioned data, whether a person and an offering
 * qualify, and how the budget of one application window is shared out.
 *
 * <p>The API is at this root: the record {@link nl.leerbudget.schemes.Scheme} (read from a text file under
 * {@code /schemes/}), the pure functions {@link nl.leerbudget.schemes.Eligibility} (would this person qualify, and for
 * how much) and {@link nl.leerbudget.schemes.Allocation} (first come, first served or a lottery with a published
 * seed, sub-budgets, waiting list). They use no Spring and no database, so the application process, the pages and the
 * policy simulator call the same rules. {@code domain} holds the file reader, the shuffle and the Dutch wording.
 */
@NullMarked
@ApplicationModule(
        displayName = "Voucher schemes",
        allowedDependencies = {"shared"})
package nl.leerbudget.schemes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
