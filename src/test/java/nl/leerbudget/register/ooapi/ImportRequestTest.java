package nl.leerbudget.register.ooapi;

import static nl.leerbudget.register.ooapi.OoapiExamples.example;
import static nl.leerbudget.register.ooapi.OoapiExamples.filledTemplate;
import static nl.leerbudget.register.ooapi.OoapiExamples.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.register.domain.OoapiKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reading an import: kinds recognised by their id field, every object checked field by field against OOAPI v5. */
class ImportRequestTest {

    private static ArrayNode array(JsonNode... items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : items) {
            array.add(item);
        }
        return array;
    }

    private static List<FieldViolation> violations(JsonNode body) {
        return ImportRequest.read(body).violations().all();
    }

    @Test
    void theExampleOrganizationCourseAndOfferingFitTheSpecification() {
        ImportRequest request = ImportRequest.read(
                array(example("1-Organization.json"), example("3-Course.json"), example("4-Offering.json")));

        assertThat(request.violations().all()).isEmpty();
        assertThat(request.items())
                .extracting(ImportItem::kind, ImportItem::id)
                .containsExactly(
                        tuple(OoapiKind.ORGANIZATION, UUID.fromString(OoapiExamples.ORGANIZATION_ID)),
                        tuple(OoapiKind.COURSE, UUID.fromString(OoapiExamples.COURSE_ID)),
                        tuple(OoapiKind.COURSE_OFFERING, UUID.fromString(OoapiExamples.OFFERING_ID)));
        assertThat(request.items().get(2).education()).isEqualTo(UUID.fromString(OoapiExamples.COURSE_ID));
    }

    @Test
    void aSingleObjectIsItemZero() {
        ImportRequest request = ImportRequest.read(example("3-Course.json"));

        assertThat(request.violations().all()).isEmpty();
        assertThat(request.items()).singleElement().extracting(ImportItem::path).isEqualTo("items[0]");
    }

    @Test
    void theTemplateFitsOnceItsPlaceholdersAreFilledIn() {
        assertThat(violations(filledTemplate())).isEmpty();
        assertThat(violations(example("courseOffering_template.json")))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(tuple("items[0].offeringId", "format"), tuple("items[0].course", "format"));
    }

    @Test
    void theInvalidProgramIsRejectedWithEveryViolation() {
        List<FieldViolation> found = violations(example("program_invalid.json"));

        assertThat(found)
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(
                        // Program = ProgramId + ProgramProperties: the id is required.
                        tuple("items[0].programId", "required"),
                        // codeType is an extensible enumeration; "identiffier" misspells "identifier".
                        tuple("items[0].primaryCode.codeType", "enum"),
                        // organization is an organizationId (a UUID) or an expanded Organization object.
                        tuple("items[0].organization", "format"),
                        // modeOfDelivery (modesOfDelivery) is an array.
                        tuple("items[0].modeOfDelivery", "type"),
                        // programType is program, minor, honours, specialization or track.
                        tuple("items[0].programType", "enum"),
                        // learningOutcomes is an array of arrays of LanguageTypedString.
                        tuple("items[0].learningOutcomes[0]", "type"));
        assertThat(found.get(1).reason()).contains("identifier");
    }

    @Test
    void oneInvalidObjectInAnArrayIsReportedAtItsIndex() {
        List<FieldViolation> found =
                violations(array(example("3-Course.json"), example("program_invalid.json"), filledTemplate()));

        assertThat(found).hasSize(6).allSatisfy(v -> assertThat(v.name()).startsWith("items[1]."));
    }

    @Test
    void theKindComesFromTheIdFieldAndOnlyOne() {
        ObjectNode both = (ObjectNode) example("3-Course.json");
        both.put("offeringId", OoapiExamples.OFFERING_ID);
        ObjectNode none = JsonNodeFactory.instance.objectNode().put("name", "Iets");

        assertThat(violations(both))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(tuple("items[0]", "choice"));
        assertThat(violations(none))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(tuple("items[0]", "required"));
        assertThat(violations(JsonNodeFactory.instance.stringNode("course")))
                .extracting(FieldViolation::name)
                .containsExactly("");
        assertThat(violations(array()))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(tuple("items", "size"));
        assertThat(violations(array(JsonNodeFactory.instance.numberNode(1))))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(tuple("items[0]", "type"));
    }

    @Test
    void componentOfferingsAreNotImported() {
        ObjectNode component = (ObjectNode) example("4-Offering.json");
        component.put("offeringType", "component");

        assertThat(violations(component))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(tuple("items[0].offeringType", "unsupported"));
    }

    @Test
    void anIdTwiceInOneImportIsADuplicate() {
        assertThat(violations(array(example("3-Course.json"), example("3-Course.json"))))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(tuple("items[1].courseId", "duplicate"));
    }

    @Test
    void extensibleEnumerationsTakeCustomValuesButNotMisspellings() {
        ObjectNode course = (ObjectNode) example("3-Course.json");
        ((ObjectNode) course.get("otherCodes").get(0)).put("codeType", "x-leerbudget");
        ((ObjectNode) course.get("otherCodes").get(1)).put("codeType", "kvk");
        assertThat(violations(course)).isEmpty();

        ((ObjectNode) course.get("primaryCode")).put("codeType", "Identifier");
        ((ObjectNode) course.get("otherCodes").get(0)).put("codeType", "crohoCreboKode");
        assertThat(violations(course))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(
                        tuple("items[0].primaryCode.codeType", "enum"),
                        tuple("items[0].otherCodes[0].codeType", "enum"));
    }

    @Test
    void everyFieldIsCheckedAgainstItsSchema() {
        ObjectNode course = (ObjectNode) parse("""
                {"courseId": "1668dd09-660f-4303-a2bf-14bea154b39d",
                 "primaryCode": {"codeType": "identifier", "code": "X1", "note": "extra"},
                 "name": [],
                 "abbreviation": "X",
                 "description": [{"language": "english", "value": "Text"}],
                 "teachingLanguage": "nl",
                 "level": "phd",
                 "studyLoad": {"studyLoadUnit": "days", "value": "6"},
                 "modeOfDelivery": ["online", "telepathy"],
                 "firstStartDate": "2025-02-30",
                 "link": "not a uri",
                 "addresses": [{"city": "Utrecht"}],
                 "x-own": "allowed: the schema is open"}""");

        assertThat(violations(course))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactlyInAnyOrder(
                        tuple("items[0].primaryCode.note", "unknown"),
                        tuple("items[0].name", "size"),
                        tuple("items[0].description[0].language", "format"),
                        tuple("items[0].teachingLanguage", "length"),
                        tuple("items[0].teachingLanguage", "format"),
                        tuple("items[0].level", "enum"),
                        tuple("items[0].studyLoad.studyLoadUnit", "enum"),
                        tuple("items[0].studyLoad.value", "type"),
                        tuple("items[0].modeOfDelivery[1]", "enum"),
                        tuple("items[0].firstStartDate", "format"),
                        tuple("items[0].link", "format"),
                        tuple("items[0].addresses[0].addressType", "required"));
    }

    @Test
    void anOfferingNamesItsCourseAndPricesFitTheRegister() {
        ObjectNode offering = filledTemplate();
        offering.remove("course");
        ObjectNode cost = (ObjectNode) offering.get("priceInformation").get(0);
        cost.put("currency", "USD").put("amount", "340.845").put("vatAmount", "400");

        assertThat(violations(offering))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactlyInAnyOrder(
                        tuple("items[0].priceInformation[0].currency", "unsupported"),
                        tuple("items[0].priceInformation[0].amount", "format"),
                        tuple("items[0].course", "required"));
    }

    @Test
    void vatIsNoMoreThanTheAmountAndNegativeStudyLoadIsRefused() {
        ObjectNode offering = filledTemplate();
        ((ObjectNode) offering.get("priceInformation").get(0)).put("vatAmount", "400");
        ObjectNode course = (ObjectNode) example("3-Course.json");
        ((ObjectNode) course.get("studyLoad")).put("value", -6);

        assertThat(violations(array(offering, course)))
                .extracting(FieldViolation::name, FieldViolation::code)
                .containsExactly(
                        tuple("items[0].priceInformation[0].vatAmount", "range"),
                        tuple("items[1].studyLoad.value", "range"));
    }
}
