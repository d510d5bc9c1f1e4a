/**
 * Synthetic populations for policy simulation and for load on the national batches: Dutch adults aged 18 up to the
 * state pension age with education histories, calibrated to CBS marginals and reproducible from a seed.
 *
 * <p>The API is {@link nl.leerbudget.simulation.Population} (people one by one, as a stream, or as a population file)
 * and {@link nl.leerbudget.simulation.PopulationFile} (the command line and the file format). Pure Java: no Spring
 * beans, no repositories, no database; the generator runs with the JDK and this module's classes only.
 */
@NullMarked
@ApplicationModule(
        displayName = "Simulation",
        allowedDependencies = {"shared", "rights", "schemes", "identity"})
package nl.leerbudget.simulation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
