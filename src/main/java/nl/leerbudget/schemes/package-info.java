/**
 * Voucher schemes (subsidieregelingen) such as STAP: a scheme as versioned data, whether a person and an offering
 * qualify, how the budget of one application window is shared out, and the applications with their receipts and
 * decisions.
 *
 * <p>The API is at this root: the service {@link nl.leerbudget.schemes.Schemes} (define schemes, open and close
 * windows, check and apply), the record {@link nl.leerbudget.schemes.Scheme} (read from a text file), and the pure
 * functions {@link nl.leerbudget.schemes.Eligibility} (would this person qualify, and for how much),
 * {@link nl.leerbudget.schemes.Allocation} and {@link nl.leerbudget.schemes.Allocator} (first come, first served or a
 * lottery with a published seed, sub-budgets, waiting list). The pure functions use no Spring and no database, so the
 * application process, the pages and the policy simulator call the same rules. {@code domain} holds the file reader,
 * the shuffle, the Dutch wording and the store's interface; {@code persistence} the tables; {@code web} the API and
 * pages; {@code batch} the demo data.
 */
@NullMarked
@ApplicationModule(
        displayName = "Voucher schemes",
        allowedDependencies = {"shared", "identity", "ledger", "register", "payments", "platform::jdbc", "platform::web"
        })
package nl.leerbudget.schemes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
