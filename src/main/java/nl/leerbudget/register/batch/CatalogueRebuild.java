package nl.leerbudget.register.batch;

import nl.leerbudget.identity.Actors;
import nl.leerbudget.register.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the catalogue at start when its terms were made with another analysis of text than the current one: the
 * first start after the catalogue's migration, or after a new stemmer or stop list. Before the demo data (order 20),
 * which the register then indexes as it loads them.
 */
@Component
@Order(10)
class CatalogueRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueRebuild.class);

    private final Catalogue catalogue;
    private final Actors actors;

    CatalogueRebuild(Catalogue catalogue, Actors actors) {
        this.catalogue = catalogue;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (catalogue.isCurrent()) {
            return;
        }
        long started = System.nanoTime();
        long offerings = actors.asSystem(catalogue::rebuild);
        log.info(
                "Rebuilt the catalogue from {} offerings in {} ms",
                offerings,
                (System.nanoTime() - started) / 1_000_000);
    }
}
