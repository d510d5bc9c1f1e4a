package nl.leerbudget.platform.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Serves the OpenAPI document of the REST API. The document is written by hand, contract first, in
 * {@code src/main/resources/openapi/leerbudget-v1.yaml}; a test checks that every route the application serves is in
 * it and the other way round, and the NL API Design Rules linter checks its style.
 */
@RestController
class OpenApiDocument {

    private final String json;
    private final String yaml;

    OpenApiDocument(ObjectMapper mapper) throws IOException {
        try (InputStream in = new ClassPathResource("openapi/leerbudget-v1.yaml").getInputStream()) {
            this.yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        JsonNode document = YAMLMapper.builder().build().readTree(yaml);
        this.json = mapper.writeValueAsString(document);
    }

    @GetMapping(path = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    String json() {
        return json;
    }

    @GetMapping(path = "/api/v1/openapi.yaml", produces = "application/yaml")
    String yaml() {
        return yaml;
    }
}
