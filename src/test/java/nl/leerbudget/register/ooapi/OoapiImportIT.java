package nl.leerbudget.register.ooapi;

import static nl.leerbudget.register.ooapi.OoapiExamples.COURSE_ID;
import static nl.leerbudget.register.ooapi.OoapiExamples.OFFERING_ID;
import static nl.leerbudget.register.ooapi.OoapiExamples.ORGANIZATION_ID;
import static nl.leerbudget.register.ooapi.OoapiExamples.TEMPLATE_OFFERING_ID;
import static nl.leerbudget.register.ooapi.OoapiExamples.example;
import static nl.leerbudget.register.ooapi.OoapiExamples.filledTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * OOAPI v5 over HTTP: a provider imports the shared example files, a reviewer admits the course they became, and
 * anyone reads it back through the OOAPI endpoints, in the shape of the specification (checked against the required
 * properties that ooapi.yaml lists).
 */
@IntegrationTest
class OoapiImportIT {

    private static final Path SPEC = Path.of("third-party/ooapi-v5/ooapi.yaml");
    private static JsonNode spec = JsonNodeFactory.instance.nullNode();

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    Api provider;
    Api reviewer;
    Api anonymous;

    @BeforeAll
    static void readSpecification() throws IOException {
        spec = YAMLMapper.builder().build().readTree(Files.readString(SPEC));
    }

    @BeforeEach
    void callers() {
        Tokens tokens = new Tokens(encoder, properties);
        provider = new Api(port).as(tokens.of("marieke")); // staff of ROC Midden Nederland
        reviewer = new Api(port).as(tokens.of("ruud"));
        anonymous = new Api(port);
    }

    private static String imports(UUID provider) {
        return "/api/v1/providers/" + provider + "/ooapi-imports";
    }

    private static ArrayNode array(JsonNode... items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : items) {
            array.add(item);
        }
        return array;
    }

    /** 3-Course.json under another id, so that a test has a course of its own. */
    private static ObjectNode course(UUID id) {
        ObjectNode course = (ObjectNode) example("3-Course.json");
        course.put("courseId", id.toString());
        return course;
    }

    private static List<String> outcomes(Api.Response response) {
        List<String> outcomes = new ArrayList<>();
        response.body()
                .get("items")
                .values()
                .forEach(item -> outcomes.add(item.get("outcome").stringValue()));
        return outcomes;
    }

    @Test
    void theExamplesBecomeOneCourseImportedOnceAndPublishedOnceAdmitted() {
        ArrayNode examples = array(
                example("1-Organization.json"), example("3-Course.json"), example("4-Offering.json"), filledTemplate());

        Api.Response first = provider.post(imports(Demo.ROC), examples);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode items = first.body().get("items");
        assertThat(items.values())
                .extracting(
                        i -> i.get("ooapiId").stringValue(), i -> i.get("kind").stringValue())
                .containsExactly(
                        tuple(ORGANIZATION_ID, "ORGANIZATION"),
                        tuple(COURSE_ID, "COURSE"),
                        tuple(OFFERING_ID, "COURSE_OFFERING"),
                        tuple(TEMPLATE_OFFERING_ID, "COURSE_OFFERING"));
        assertThat(outcomes(first)).containsExactly("RECORDED", "CREATED", "CREATED", "CREATED");
        assertThat(items.get(0).has("offeringId")).isFalse();
        String offeringId = items.get(1).get("offeringId").stringValue();
        assertThat(items.values().stream().skip(1).toList()).allSatisfy(item -> {
            assertThat(item.get("offeringId").stringValue()).isEqualTo(offeringId);
            assertThat(item.get("status").stringValue()).isEqualTo("IN_REVIEW");
            assertThat(item.get("version").intValue()).isEqualTo(1);
            // Nothing that rejects; a price that differs much from the demo catalogue's is only a point for review.
            assertThat(item.get("findings").values())
                    .extracting(f -> f.get("effect").stringValue())
                    .doesNotContain("REJECT");
        });

        Api.Response again = provider.post(imports(Demo.ROC), examples);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(outcomes(again)).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED");
        JsonNode offering = provider.get("/api/v1/offerings/" + offeringId).body();
        assertThat(offering.get("version").intValue()).isEqualTo(1);
        assertThat(offering.get("details").get("type").stringValue()).isEqualTo("MICROCREDENTIAL");
        assertThat(offering.get("details").get("price").stringValue()).isEqualTo("340.84");
        assertThat(anonymous.get("/ooapi/v5/courses/" + COURSE_ID).status()).isEqualTo(404); // not admitted yet

        Api.Response admitted = reviewer.post(
                "/api/v1/offerings/" + offeringId + "/decisions",
                Map.of("decision", "ADMIT", "reason", "Voldoet aan het toetsingskader."));
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);

        Api.Response courses = anonymous.get("/ooapi/v5/courses?pageSize=100");
        assertThat(courses.status()).as(courses.toString()).isEqualTo(200);
        assertThat(nl.leerbudget.support.OoapiSpec.v5()
                        .responseViolations(
                                "/courses", "get", 200, courses.body().toString()))
                .as("GET /courses against the OOAPI v5 specification")
                .isEmpty();
        assertThat(courses.contentType()).startsWith("application/json");
        assertPage(courses.body(), 100, 1);
        JsonNode course = courses.body().get("items").values().stream()
                .filter(c -> c.get("courseId").stringValue().equals(COURSE_ID))
                .findFirst()
                .orElseThrow();
        assertFits(course, "Course");
        assertThat(course.get("name").get(0).get("language").stringValue()).isEqualTo("en-GB");
        assertThat(course.get("studyLoad").get("studyLoadUnit").stringValue()).isEqualTo("ects");
        assertThat(course.get("modeOfDelivery").isArray()).isTrue();
        assertThat(course.has("consumers")).isFalse();
        assertThat(anonymous.get("/ooapi/v5/courses/" + COURSE_ID).body()).isEqualTo(course);

        Api.Response ofCourse = anonymous.get("/ooapi/v5/courses/" + COURSE_ID + "/offerings?since=2019-01-01");
        assertThat(ofCourse.status()).as(ofCourse.toString()).isEqualTo(200);
        assertThat(nl.leerbudget.support.OoapiSpec.v5()
                        .pageViolations("CourseOffering", ofCourse.body().toString()))
                .as("GET /courses/{courseId}/offerings against the OOAPI v5 specification")
                .isEmpty();
        assertPage(ofCourse.body(), 10, 1);
        assertThat(ofCourse.body().get("items").values())
                .extracting(o -> o.get("offeringId").stringValue())
                .containsExactlyInAnyOrder(OFFERING_ID, TEMPLATE_OFFERING_ID);
        ofCourse.body().get("items").values().forEach(o -> {
            assertFits(o, "CourseOffering");
            assertThat(o.get("offeringType").stringValue()).isEqualTo("course");
            assertThat(o.get("course").stringValue()).isEqualTo(COURSE_ID);
        });
        // By default only offerings that start today or later; these started in 2019.
        assertThat(anonymous
                        .get("/ooapi/v5/courses/" + COURSE_ID + "/offerings")
                        .body()
                        .get("items")
                        .isEmpty())
                .isTrue();

        Api.Response all = anonymous.get("/ooapi/v5/offerings?since=2019-08-01&until=2019-12-31&pageSize=10");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertPage(all.body(), 10, 1);
        assertThat(all.body().get("items").toString()).contains(OFFERING_ID, TEMPLATE_OFFERING_ID);

        JsonNode template =
                anonymous.get("/ooapi/v5/offerings/" + TEMPLATE_OFFERING_ID).body();
        assertFits(template, "CourseOffering");
        assertThat(template.get("priceInformation").get(0).get("amount").stringValue())
                .isEqualTo("340.84");
        assertThat(template.has("startEnrollDate"))
                .as("not a property of CourseOffering")
                .isFalse();

        Api.Response organization = anonymous.get("/ooapi/v5/organizations/" + ORGANIZATION_ID);
        assertThat(organization.status()).as(organization.toString()).isEqualTo(200);
        assertFits(organization.body(), "Organization");
        assertThat(organization.body().get("shortName").stringValue()).isEqualTo("OEAPI-Test");
    }

    @Test
    void theInvalidProgramIsRefusedWithEveryViolationAndNothingIsWritten() {
        UUID id = UUID.randomUUID();

        Api.Response refused = provider.post(imports(Demo.ROC), array(course(id), example("program_invalid.json")));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body().get("invalidParams").values())
                .extracting(p -> p.get("name").stringValue(), p -> p.get("code").stringValue())
                .containsExactly(
                        tuple("items[1].programId", "required"),
                        tuple("items[1].primaryCode.codeType", "enum"),
                        tuple("items[1].organization", "format"),
                        tuple("items[1].modeOfDelivery", "type"),
                        tuple("items[1].programType", "enum"),
                        tuple("items[1].learningOutcomes[0]", "type"));
        // The valid course in the same request was not imported either.
        assertThat(outcomes(provider.post(imports(Demo.ROC), course(id)))).containsExactly("CREATED");
    }

    @Test
    void aChangedCourseIsRevisedWhileOtherChangesAreOnlyRecorded() {
        UUID id = UUID.randomUUID();
        ObjectNode course = course(id);
        assertThat(outcomes(provider.post(imports(Demo.ROC), course))).containsExactly("CREATED");

        ((ObjectNode) course.get("studyLoad")).put("value", 5);
        Api.Response revised = provider.post(imports(Demo.ROC), course);
        assertThat(outcomes(revised)).containsExactly("REVISED");
        assertThat(revised.body().get("items").get(0).get("version").intValue()).isEqualTo(2);

        assertThat(outcomes(provider.post(imports(Demo.ROC), course))).containsExactly("UNCHANGED");

        ((ObjectNode) course.get("name").get(1)).put("value", "Ejemplo de Curso (nuevo)"); // not the name it takes
        Api.Response recorded = provider.post(imports(Demo.ROC), course);
        assertThat(outcomes(recorded)).containsExactly("RECORDED");
        assertThat(recorded.body().get("items").get(0).get("version").intValue())
                .isEqualTo(2);
    }

    @Test
    void anOfferingJoinsACourseImportedEarlierButNotAnUnknownOne() {
        UUID id = UUID.randomUUID();
        provider.post(imports(Demo.ROC), course(id));
        ObjectNode offering = filledTemplate();
        offering.put("offeringId", UUID.randomUUID().toString());

        offering.put("course", UUID.randomUUID().toString());
        Api.Response unknown = provider.post(imports(Demo.ROC), offering);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.body().get("invalidParams").values())
                .extracting(p -> p.get("name").stringValue(), p -> p.get("code").stringValue())
                .containsExactly(tuple("items[0].course", "unknown"));

        offering.put("course", id.toString());
        Api.Response joined = provider.post(imports(Demo.ROC), offering);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(outcomes(joined)).containsExactly("REVISED"); // the course now has a price and a start date
        assertThat(joined.body().get("items").get(0).get("status").stringValue())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void aProgramWithAQualificationAndItsOfferingBecomeADiplomaProgramme() {
        ObjectNode program = OoapiTranslationTest.program(); // program_invalid.json mended
        program.put("programId", UUID.randomUUID().toString());
        ObjectNode offering = filledTemplate();
        offering.put("offeringId", UUID.randomUUID().toString());
        offering.put("offeringType", "program");
        offering.remove("course");
        offering.put("program", program.get("programId").stringValue());

        Api.Response imported = provider.post(imports(Demo.ROC), array(offering, program));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.body().get("items").values())
                .extracting(
                        i -> i.get("kind").stringValue(), i -> i.get("outcome").stringValue())
                .containsExactly(tuple("PROGRAM_OFFERING", "CREATED"), tuple("PROGRAM", "CREATED"));
        String offeringId =
                imported.body().get("items").get(1).get("offeringId").stringValue();
        JsonNode details =
                provider.get("/api/v1/offerings/" + offeringId).body().get("details");
        assertThat(details.get("type").stringValue()).isEqualTo("DIPLOMA_PROGRAMME");
        assertThat(details.get("level").intValue()).isEqualTo(6);
        assertThat(details.get("studyLoadUnit").stringValue()).isEqualTo("EC");
        assertThat(details.get("price").stringValue()).isEqualTo("340.84");
        assertThat(details.get("name").stringValue()).isEqualTo("Matemáticas y UNITA");
    }

    @Test
    void onlyTheProvidersOwnStaffOrAReviewerImport() {
        UUID id = UUID.randomUUID();

        assertThat(anonymous.post(imports(Demo.ROC), course(id)).status()).isEqualTo(401);
        assertThat(provider.post(imports(Demo.OPEN_UNIVERSITY), course(id)).status())
                .isEqualTo(403);
        assertThat(reviewer.post(imports(UUID.randomUUID()), course(id)).status())
                .isEqualTo(404);
        assertThat(reviewer.post(imports(Demo.OPEN_UNIVERSITY), course(id)).status())
                .isEqualTo(200);

        Api.Response taken = provider.post(imports(Demo.ROC), course(id));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.body().get("detail").stringValue()).contains("another provider");
    }

    @Test
    void theOoapiEndpointsAnswerProblemsInTheirOwnShape() {
        Api.Response badPage = anonymous.get("/ooapi/v5/courses?pageSize=7&pageNumber=0");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.isProblem()).isTrue();
        assertThat(badPage.body().get("status").stringValue()).isEqualTo("400"); // OOAPI: a string
        assertThat(badPage.body().get("invalidParams").values())
                .extracting(p -> p.get("name").stringValue())
                .containsExactly("pageSize", "pageNumber");

        assertThat(anonymous.get("/ooapi/v5/offerings/not-a-uuid").status()).isEqualTo(400);
        Api.Response missing = anonymous.get("/ooapi/v5/offerings/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("title").stringValue()).isNotBlank();
        assertThat(missing.body().get("status").stringValue()).isEqualTo("404");
    }

    /** The Pagination envelope of the specification. */
    private static void assertPage(JsonNode page, int pageSize, int pageNumber) {
        assertFits(page, "Pagination");
        assertThat(page.get("pageSize").intValue()).isEqualTo(pageSize);
        assertThat(page.get("pageNumber").intValue()).isEqualTo(pageNumber);
        assertThat(page.get("hasPreviousPage").booleanValue()).isEqualTo(pageNumber > 1);
        assertThat(page.get("hasNextPage").booleanValue())
                .isEqualTo(pageNumber < page.get("totalPages").intValue());
        assertThat(page.get("items").isArray()).isTrue();
    }

    /** Every property ooapi.yaml requires of the schema (through allOf and $ref) is there and not null. */
    private static void assertFits(JsonNode object, String schema) {
        assertThat(nl.leerbudget.support.OoapiSpec.v5().violations(schema, object.toString()))
                .as("violations of the OOAPI v5 schema " + schema)
                .isEmpty();
        Set<String> required = required(spec.get("components").get("schemas").get(schema));
        assertThat(required).as("required properties of " + schema).isNotEmpty();
        for (String property : required) {
            assertThat(object.get(property)).as(schema + "." + property).isNotNull();
            assertThat(object.get(property).isNull())
                    .as(schema + "." + property)
                    .isFalse();
        }
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        if (schema.has("$ref")) {
            String name = schema.get("$ref").stringValue().replace("#/components/schemas/", "");
            return required(spec.get("components").get("schemas").get(name));
        }
        schema.path("required").values().forEach(r -> required.add(r.stringValue()));
        schema.path("allOf").values().forEach(part -> required.addAll(required(part)));
        return required;
    }
}
