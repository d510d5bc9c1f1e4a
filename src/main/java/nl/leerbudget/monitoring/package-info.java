/**
 * Statistics from operations, published only under disclosure control: who the money reaches, by education level,
 * age band, sector, province, offering type and provider, with the cells that would describe fewer than ten people
 * (or one dominant contributor) suppressed, and further cells suppressed so that no suppressed cell can be worked
 * back from what is published.
 *
 * <p>The API is at this root: the statistics ({@link nl.leerbudget.monitoring.Statistics}, built from the aggregate
 * views of {@code schemes} and the offering types of {@code register}, never their tables; each publication a release
 * whose hidden cells later releases keep hidden), the disclosure policy ({@link nl.leerbudget.monitoring.DisclosurePolicy}, read from a
 * dated policy file) and the rule ids with their Dutch reasons ({@link nl.leerbudget.monitoring.DisclosureRule}).
 * {@code domain} holds the pure disclosure control: the table with its margins, primary and secondary suppression,
 * and the exact linear-algebra check that proves each suppressed cell undetermined; {@code persistence} the releases
 * with their hidden cells; {@code web} the analysts' pages with their charts and CSV files, and the open-data API.
 */
@NullMarked
@ApplicationModule(
        displayName = "Monitoring",
        allowedDependencies = {"shared", "identity", "schemes", "register", "overview", "platform::web"})
package nl.leerbudget.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
