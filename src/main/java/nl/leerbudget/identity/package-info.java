/**
 * Who acts, for whom, and whether they may: people (BSN mapped to a person id; the BSN never leaves this module),
 * users and their roles, advisers' mandates, login through OpenID Connect (with a built-in development identity
 * provider for the embedded default) and the access rules the other modules ask.
 */
@NullMarked
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"shared", "platform::web", "platform::jdbc"})
package nl.leerbudget.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
