package nl.leerbudget;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of STYLE.md hold: no cycles, no access to another module's internals, only allowed dependencies. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(LeerbudgetApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
