package nl.leerbudget.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import nl.leerbudget.support.OoapiSpec.Direction;
import org.junit.jupiter.api.Test;

/**
 * The OOAPI v5 oracle against the spec's own examples, which are read where they are and never changed. Two of the
 * examples that should conform do not quite: 1-Organization.json has a custom codeType without the {@code x-} prefix
 * the spec demands, and courseOffering_template.json has placeholders where the spec wants UUIDs. The tests pin those
 * defects exactly and show that the documents conform once they are corrected in memory.
 */
class OoapiSpecTest {

    private static final OoapiSpec OOAPI = OoapiSpec.v5();

    private static final String UUID_1 = "123e4567-e89b-12d3-a456-426614174001";
    private static final String UUID_2 = "123e4567-e89b-12d3-a456-426614174002";

    private static String example(String name) throws IOException {
        return Files.readString(OoapiSpec.EXAMPLES.resolve(name));
    }

    private static String page(String... items) {
        return """
                {"pageSize": 10, "pageNumber": 1, "hasPreviousPage": false, "hasNextPage": false, "items": [%s]}""".formatted(String.join(",", items));
    }

    // --- the examples ------------------------------------------------------------------------------------------------

    @Test
    void theCourseExampleIsACourse() throws IOException {
        assertThat(OOAPI.violations("Course", example("3-Course.json"))).isEmpty();
    }

    @Test
    void theOfferingExampleIsACourseOffering() throws IOException {
        String offering = example("4-Offering.json");

        assertThat(offering).contains("\"offeringType\": \"course\"");
        assertThat(OOAPI.violations("CourseOffering", offering)).isEmpty();
        assertThat(OOAPI.violations("Offering", offering)).isEmpty();
    }

    @Test
    void theOrganizationExampleConformsButForACustomCodeTypeWithoutTheXPrefix() throws IOException {
        String organization = example("1-Organization.json");

        assertThat(OOAPI.violations("Organization", organization))
                .singleElement()
                .asString()
                .startsWith("$.otherCodes[0].codeType: 'otherType' is not in the extensible enumeration [brin,")
                .contains("a custom value must start with 'x-'");
        assertThat(OOAPI.violations(
                        "Organization",
                        organization.replace("\"codeType\": \"otherType\"", "\"codeType\": \"x-otherType\"")))
                .isEmpty();
    }

    @Test
    void theCourseOfferingTemplateConformsOnceItsPlaceholdersAreFilledIn() throws IOException {
        String template = example("courseOffering_template.json");

        List<String> violations = OOAPI.violations("CourseOffering", template);
        assertThat(violations)
                .as(String.join("\n", violations))
                .anyMatch(v -> v.startsWith("$.offeringId: does not match the uuid pattern"))
                .anyMatch(v -> v.startsWith("$.course: does not match the uuid pattern"))
                .allMatch(v -> v.startsWith("$.offeringId: ") || v.startsWith("$.course: "));
        String filledIn =
                template.replace("--OFFERING_ID_TOBEINFORMED--", UUID_1).replace("--COURSE_ID_TOBEINFORMED--", UUID_2);
        assertThat(OOAPI.violations("CourseOffering", filledIn)).isEmpty();
    }

    @Test
    void theInvalidProgramIsRejectedForEachOfItsProblems() throws IOException {
        Map<String, String> problems = Map.of(
                "$.primaryCode.codeType: 'identiffier' is not in the extensible enumeration",
                "misspelt codeType, not a custom x- value either",
                "$.modeOfDelivery: string found, array expected",
                "modeOfDelivery is one string instead of an array",
                "$.programType: does not have a value in the enumeration",
                "programType 'kk' is not a program type",
                "$.organization: does not match the uuid pattern",
                "organization 'UNITA' is neither an organizationId (UUID) nor an Organization object",
                "$.learningOutcomes[0]: object found, array expected",
                "learningOutcomes is a flat list of texts instead of a list of lists",
                "$: required property 'programId' not found",
                "programId is missing");

        List<String> violations = OOAPI.violations("Program", example("program_invalid.json"));

        String all = String.join("\n", violations);
        assertThat(violations).as(all).hasSizeGreaterThan(1);
        problems.forEach((violation, problem) ->
                assertThat(violations).as("%s, in:%n%s", problem, all).anyMatch(v -> v.startsWith(violation)));
        // And nothing else (the failed oneOf on organization explains itself in more lines at the same place).
        List<String> places = List.of(
                "$.primaryCode.codeType: ",
                "$.modeOfDelivery: ",
                "$.programType: ",
                "$.organization: ",
                "$.learningOutcomes[0]: ",
                "$: required property 'programId' ");
        assertThat(violations).as(all).allMatch(v -> places.stream().anyMatch(v::startsWith));
    }

    // --- OpenAPI 3.0 semantics ---------------------------------------------------------------------------------------

    @Test
    void readOnlyAndWriteOnlyDependOnTheDirection() throws IOException {
        assertThat(OOAPI.violations("Organization", example("1-Organization.json"), Direction.REQUEST))
                .anyMatch(v -> v.startsWith("$.organizationId: is a readonly field"))
                .anyMatch(v -> v.startsWith("$.primaryCode: is a readonly field")); // readOnly next to a $ref

        assertThat(OOAPI.violations("Program", example("program_invalid.json"), Direction.REQUEST))
                .noneMatch(v -> v.contains("'programId'"));

        String association = """
                {"associationId": "%s", "associationType": "courseOfferingAssociation", "role": "student",
                 "state": "associated", "remoteState": "associated"}""".formatted(UUID_1);
        assertThat(OOAPI.violations("Association", association))
                .containsExactly("$.remoteState: is a write-only field, it cannot appear in the data"
                        + " [/components/schemas/AssociationProperties/properties/remoteState/writeOnly]");
        assertThat(OOAPI.violations("Association", association, Direction.REQUEST))
                .noneMatch(v -> v.startsWith("$.remoteState"))
                .anyMatch(v -> v.startsWith("$.associationId: is a readonly field"));
    }

    @Test
    void nullIsNoValueWhereTheSpecGivesATypeBecauseNothingInV5IsNullable() throws IOException {
        String course = example("3-Course.json").replace("\"abbreviation\": \"COURSEEX\"", "\"abbreviation\": null");

        assertThat(OOAPI.violations("Course", course))
                .containsExactly("$.abbreviation: null found, string expected"
                        + " [/components/schemas/CourseProperties/properties/abbreviation/type]");
    }

    @Test
    void nullableAndDiscriminatorFollowOpenApi30() {
        OoapiSpec pets = OoapiSpec.of("""
                openapi: 3.0.3
                info: {title: pets, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet:
                      oneOf:
                        - $ref: '#/components/schemas/Cat'
                        - $ref: '#/components/schemas/Dog'
                      discriminator:
                        propertyName: petType
                        mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
                    Cat:
                      type: object
                      required: [petType, name]
                      properties:
                        petType: {type: string}
                        name: {type: string, nullable: true}
                        nickname: {type: string}
                    Dog:
                      type: object
                      required: [petType, bark]
                      properties:
                        petType: {type: string}
                        bark: {type: boolean}
                """);

        assertThat(pets.violations("Pet", "{\"petType\": \"cat\", \"name\": null}"))
                .isEmpty();
        assertThat(pets.violations("Pet", "{\"petType\": \"cat\", \"name\": \"Tom\", \"nickname\": null}"))
                .anyMatch(v -> v.startsWith("$.nickname: null found, string expected"));
        // The discriminator picks Dog, so only Dog's problems are reported.
        assertThat(pets.violations("Pet", "{\"petType\": \"dog\"}"))
                .anyMatch(v -> v.startsWith("$: required property 'bark' not found"))
                .noneMatch(v -> v.contains("'name'"));
        assertThat(pets.violations("Pet", "{\"petType\": \"bird\"}"))
                .anyMatch(v -> v.startsWith("$: no matching schema found for discriminator value 'bird'"));
    }

    @Test
    void theSpecsFormatsAreEnforced() throws IOException {
        String course = example("3-Course.json")
                .replace("\"2024-11-02\"", "\"2024-02-30\"")
                .replace("\"1668dd09-660f-4303-a2bf-14bea154b39d\"", "\"course-1\"")
                .replace("\"link\": \"https://openonderwijsapi.nl/#/\"", "\"link\": \"::not a uri\"");
        assertThat(OOAPI.violations("Course", course))
                .anyMatch(v -> v.startsWith("$.firstStartDate: does not match the date pattern"))
                .anyMatch(v -> v.startsWith("$.courseId: does not match the uuid pattern"))
                .anyMatch(v -> v.startsWith("$.link: does not match the uri pattern"));

        assertThat(OOAPI.violations("Service", """
                        {"contactEmail": "nobody", "specification": "https://example.org/ooapi.yaml",
                         "documentation": "https://example.org/docs"}"""))
                .containsExactly("$.contactEmail: does not match the email pattern must be a valid RFC 5321 Mailbox"
                        + " [/components/schemas/Service/properties/contactEmail/format]");

        assertThat(OOAPI.violations("ComponentOffering", "{\"startDateTime\": \"2020-12-15\"}"))
                .anyMatch(v -> v.startsWith("$.startDateTime: does not match the date-time pattern"));
    }

    // --- operations --------------------------------------------------------------------------------------------------

    @Test
    void listResponsesAreTheSpecsPaginationEnvelope() throws IOException {
        String pointer = OOAPI.responseSchemaPointer("/courses", "get", 200);
        assertThat(pointer).isEqualTo("/paths/~1courses/get/responses/200/content/application~1json/schema");
        assertThat(OOAPI.node(pointer + "/allOf/0/$ref").asString()).isEqualTo("#/components/schemas/Pagination");
        assertThat(OOAPI.node(pointer + "/allOf/1/properties/items/items/$ref").asString())
                .isEqualTo("#/components/schemas/Course");

        String courses = page(example("3-Course.json"));
        assertThat(OOAPI.responseViolations("/courses", "get", 200, courses)).isEmpty();
        assertThat(OOAPI.pageViolations("Course", courses)).isEmpty();

        String offerings = page(example("4-Offering.json"));
        assertThat(OOAPI.responseViolations("/courses/{courseId}/offerings", "get", 200, offerings))
                .isEmpty();
        assertThat(OOAPI.pageViolations("CourseOffering", offerings)).isEmpty();
    }

    @Test
    void aBrokenPageIsReportedTheSameWayByTheOperationAndByTheEnvelope() {
        String broken = """
                {"pageSize": 10, "pageNumber": 0, "hasPreviousPage": false, "items": [{"courseId": "%s"}]}""".formatted(UUID_1);

        List<String> byOperation = OOAPI.responseViolations("/courses", "get", 200, broken);
        List<String> byEnvelope = OOAPI.pageViolations("Course", broken);

        assertThat(byOperation)
                .as(String.join("\n", byOperation))
                .anyMatch(v -> v.startsWith("$.pageNumber: must have a minimum value of 1"))
                .anyMatch(v -> v.startsWith("$: required property 'hasNextPage' not found"))
                .anyMatch(v -> v.startsWith("$.items[0]: required property 'name' not found"));
        assertThat(withoutRules(byEnvelope)).isEqualTo(withoutRules(byOperation));
    }

    private static List<String> withoutRules(List<String> violations) {
        return violations.stream().map(v -> v.substring(0, v.lastIndexOf(" ["))).toList();
    }

    @Test
    void singleResourcesAndErrorsAreCheckedAgainstTheirOperation() throws IOException {
        assertThat(OOAPI.responseViolations("/courses/{courseId}", "get", 200, example("3-Course.json")))
                .isEmpty();

        // Errors are the spec's Problem, application/problem+json; note that its status is a string.
        assertThat(OOAPI.responseViolations(
                        "/courses/{courseId}", "get", 404, "{\"status\": \"404\", \"title\": \"Not Found\"}"))
                .isEmpty();
        assertThat(OOAPI.responseViolations(
                        "/courses/{courseId}", "get", 404, "{\"status\": 404, \"title\": \"Not Found\"}"))
                .containsExactly("$.status: integer found, string expected"
                        + " [/components/schemas/Problem/properties/status/type]");
    }

    @Test
    void anOneOfTheSpecCannotDecideNamesTheAlternativesThatMatch() throws IOException {
        // GET /offerings/{offeringId} answers oneOf [CourseOffering, ComponentOffering, ProgramOffering], and a
        // course offering is also a valid ProgramOffering: the spec's own definition rejects it.
        assertThat(OOAPI.responseViolations("/offerings/{offeringId}", "get", 200, example("4-Offering.json")))
                .anyMatch(v -> v.startsWith("$: must be valid to one and only one schema, but 2 are valid")
                        && v.contains("it matches CourseOffering and ProgramOffering"));
    }

    // --- use
    // -----------------------------------------------------------------------------------------------------------

    @Test
    void knowsTheSchemasTheTestsNeed() {
        assertThat(OOAPI.schemaNames())
                .contains("Organization", "Course", "Offering", "CourseOffering", "Program", "Pagination", "Problem");
    }

    @Test
    void unknownNamesFailLoudly() {
        assertThatThrownBy(() -> OOAPI.violations("Courses", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no schema 'Courses'");
        assertThatThrownBy(() -> OOAPI.responseViolations("/course", "get", 200, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no operation GET /course");
        assertThatThrownBy(() -> OOAPI.responseViolations("/courses", "get", 201, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no 201 response for GET /courses");
    }

    @Test
    void aDocumentThatIsNotJsonIsAViolation() {
        assertThat(OOAPI.violations("Course", "{\"name\": "))
                .singleElement()
                .asString()
                .startsWith("$: not a valid JSON document: ");
        assertThat(OOAPI.violations("Course", "{\"name\": [], \"name\": []}"))
                .singleElement()
                .asString()
                .contains("Duplicate Object property \"name\"");
    }

    @Test
    void checksAreRepeatable() throws IOException {
        String program = example("program_invalid.json");

        assertThat(OOAPI.violations("Program", program)).isEqualTo(OOAPI.violations("Program", program));
        assertThat(OoapiSpec.v5()).isSameAs(OOAPI);
    }
}
