package nl.leerbudget.skills.batch;

import nl.leerbudget.identity.Actors;
import nl.leerbudget.skills.EscoImport;
import nl.leerbudget.skills.Skills;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the ESCO release the application ships when the database does not hold it yet (on the first start, and after
 * an upgrade to a newer shipped release), as {@code leerbudget.skills.load} says: {@code background} (the default:
 * after start-up, in a thread of its own, so that the application serves at once; the skills pages say that the
 * taxonomy is loading until it is done), {@code startup} (before the application serves; the tests use it) or
 * {@code off} (an operator imports with the command, {@link EscoImportCommand}).
 *
 * <p>The import writes in one transaction; when two instances start at once, one of them fails on the other's rows
 * and leaves them be.
 */
@Component
@Order(10)
class EscoLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EscoLoad.class);

    private final EscoImport imports;
    private final Skills skills;
    private final Actors actors;
    private final String mode;

    EscoLoad(
            EscoImport imports,
            Skills skills,
            Actors actors,
            @Value("${leerbudget.skills.load:background}") String mode) {
        this.imports = imports;
        this.skills = skills;
        this.actors = actors;
        this.mode = mode;
    }

    @Override
    public void run(ApplicationArguments args) {
        switch (mode) {
            case "off" -> {}
            case "startup" -> load();
            case "background" -> Thread.ofVirtual().name("esco-load").start(this::load);
            default ->
                throw new IllegalStateException(
                        "leerbudget.skills.load is background, startup or off, not '" + mode + "'");
        }
    }

    private void load() {
        if (skills.release().filter(EscoImport.SHIPPED_VERSION::equals).isPresent()) {
            return;
        }
        try {
            actors.asSystem(() -> imports.importShipped());
        } catch (RuntimeException e) {
            log.error("ESCO {} could not be loaded", EscoImport.SHIPPED_VERSION, e);
            if (mode.equals("startup")) {
                throw e;
            }
        }
    }
}
