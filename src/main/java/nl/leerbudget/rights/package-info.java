/**
 * Learning rights (leerrechten): education histories, versioned rights policies (regressive and neutral) and the
 * public cost of a funded year of education, and from these each person's learning right with a Dutch explanation.
 *
 * <p>The API is at this root: the records {@link nl.leerbudget.rights.EducationHistory},
 * {@link nl.leerbudget.rights.RightsPolicy}, {@link nl.leerbudget.rights.ReferenceCosts} and
 * {@link nl.leerbudget.rights.LearningRight}, and the pure functions {@link nl.leerbudget.rights.Entitlement} (compute
 * a right) and {@link nl.leerbudget.rights.Correction} (adjust a credited right after a corrected history). They use no
 * Spring and no database, so a batch, the web pages and the policy simulator call the same rules. {@code domain}
 * holds the rules and the readers of the policy and cost files (pure Java).
 */
@NullMarked
@ApplicationModule(
        displayName = "Learning rights",
        allowedDependencies = {"shared", "identity", "ledger", "platform::jdbc", "platform::web"})
package nl.leerbudget.rights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
