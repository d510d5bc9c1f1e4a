package nl.leerbudget.skills.batch;

import java.nio.file.Path;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.skills.EscoImport;
import nl.leerbudget.skills.ImportReport;
import nl.leerbudget.skills.domain.EscoFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports an ESCO release when the application starts with {@code --leerbudget.skills.import.files=<folder or zip>}
 * (several, separated by commas: the classification zip of a language, the relations zip, another language's
 * files) and {@code --leerbudget.skills.import.version=<release>}, prints the report, then stops the application: exit
 * code 0 when done, 1 when it failed.
 *
 * <pre>
 * java -jar leerbudget.jar --spring.main.web-application-type=none --leerbudget.skills.load=off \
 *      --leerbudget.skills.import.files=esco/ --leerbudget.skills.import.version=v1.2.0
 * </pre>
 */
@Component
@Order(Integer.MAX_VALUE)
@ConditionalOnProperty("leerbudget.skills.import.files")
class EscoImportCommand implements ApplicationRunner {

    private final EscoImport imports;
    private final Actors actors;
    private final ConfigurableApplicationContext context;
    private final String files;
    private final String version;

    EscoImportCommand(
            EscoImport imports,
            Actors actors,
            ConfigurableApplicationContext context,
            @Value("${leerbudget.skills.import.files}") String files,
            @Value("${leerbudget.skills.import.version}") String version) {
        this.imports = imports;
        this.actors = actors;
        this.context = context;
        this.files = files;
        this.version = version;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = 0;
        try {
            EscoFiles release = null;
            for (String path : files.split(",")) {
                EscoFiles these = EscoFiles.in(Path.of(path.strip()));
                release = release == null ? these : release.and(these);
            }
            EscoFiles all = java.util.Objects.requireNonNull(release);
            ImportReport report = actors.asSystem(() -> imports.importRelease(version, all));
            System.out.println(report);
        } catch (RuntimeException e) {
            System.err.println("ESCO: de import is gestopt: " + e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
