package nl.leerbudget.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI document describes exactly the routes the application serves, in the style of the NL rules. */
@IntegrationTest
class OpenApiDocumentIT {

    private static final Path RULESET = Path.of("third-party/api-design-rules/linter.yaml");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryApiRouteAndNoOther() {
        JsonNode document = new Api(port).get("/api/v1/openapi.json").body();
        String base = "/api/v1";
        Set<String> documented = new TreeSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().propertyNames().stream()
                        .filter(method ->
                                Set.of("get", "post", "put", "patch", "delete").contains(method))
                        .forEach(method -> documented.add(method.toUpperCase() + " " + base + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith(base))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> served.add(method.name() + " " + pattern))));

        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void theServedDocumentPassesTheApiDesignRulesLinter() throws IOException, InterruptedException {
        boolean installed =
                new ProcessBuilder("sh", "-c", "command -v spectral").start().waitFor() == 0;
        if (!"true".equals(System.getenv("CI"))) {
            assumeThat(installed)
                    .as("Spectral is not installed (npm i -g @stoplight/spectral-cli); the lint was skipped")
                    .isTrue();
        }
        assertThat(installed)
                .as("spectral on the PATH (npm i -g @stoplight/spectral-cli)")
                .isTrue();
        assertThat(RULESET).exists();
        Path served = Files.createTempFile("openapi", ".json");
        Files.writeString(
                served, new Api(port).get("/api/v1/openapi.json").body().toString());

        Process lint = new ProcessBuilder(
                        "spectral", "lint", "--fail-severity", "error", "-r", RULESET.toString(), served.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes());
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(lint.exitValue()).as(output).isZero();
        assertThat(output).contains("No results with a severity of 'error'");
    }
}
