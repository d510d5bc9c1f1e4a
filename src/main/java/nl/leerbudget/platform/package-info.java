/**
 * Plumbing without domain: web conventions (problem details, API version header, the OpenAPI document), clock and
 * scheduling configuration. Modules use its {@code web} interface; it uses no module.
 */
@NullMarked
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"shared"})
package nl.leerbudget.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
