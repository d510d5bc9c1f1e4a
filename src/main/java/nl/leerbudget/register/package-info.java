/**
 * The training register (scholingsregister): providers with their Chamber of Commerce number, IBAN and quality
 * marks, their offerings (versioned), and admission: automatic checks from a published assessment framework, then a
 * reviewer's decision, always with reasons. Providers may also import their programs, courses and offerings as Open
 * Education API (OOAPI v5) objects ({@code ooapi}), and admitted ones are published in that shape.
 */
@NullMarked
@ApplicationModule(
        displayName = "Training register",
        allowedDependencies = {"shared", "identity", "ledger", "platform::web"})
package nl.leerbudget.register;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
