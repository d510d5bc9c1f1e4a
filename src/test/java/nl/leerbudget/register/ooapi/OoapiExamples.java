package nl.leerbudget.register.ooapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The shared OOAPI v5 example files (read-only, next to the project) as the import tests use them. */
public final class OoapiExamples {

    public static final Path FOLDER = Path.of("third-party/ooapi-v5/examples");

    public static final String COURSE_ID = "1668dd09-660f-4303-a2bf-14bea154b39d";
    public static final String ORGANIZATION_ID = "333e4567-e89b-12d3-a456-123514174eee";
    public static final String OFFERING_ID = "123e4567-e89b-12d3-a456-134564174000";

    /** The id the tests give the template's offering in place of its placeholder. */
    public static final String TEMPLATE_OFFERING_ID = "7d1f3c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OoapiExamples() {}

    public static JsonNode example(String file) {
        try {
            return JSON.readTree(Files.readString(FOLDER.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * courseOffering_template.json is a template: its offeringId and course are placeholders
     * ("--OFFERING_ID_TOBEINFORMED--"), not UUIDs as the specification demands. Filled in, it is an offering of the
     * course of 3-Course.json.
     */
    public static ObjectNode filledTemplate() {
        ObjectNode template = (ObjectNode) example("courseOffering_template.json");
        template.put("offeringId", TEMPLATE_OFFERING_ID);
        template.put("course", COURSE_ID);
        return template;
    }

    public static String json(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
