package nl.leerbudget.register.ooapi;

import static nl.leerbudget.register.ooapi.Shape.anyObject;
import static nl.leerbudget.register.ooapi.Shape.array;
import static nl.leerbudget.register.ooapi.Shape.bool;
import static nl.leerbudget.register.ooapi.Shape.count;
import static nl.leerbudget.register.ooapi.Shape.date;
import static nl.leerbudget.register.ooapi.Shape.extensible;
import static nl.leerbudget.register.ooapi.Shape.number;
import static nl.leerbudget.register.ooapi.Shape.oneOf;
import static nl.leerbudget.register.ooapi.Shape.reference;
import static nl.leerbudget.register.ooapi.Shape.text;
import static nl.leerbudget.register.ooapi.Shape.uri;
import static nl.leerbudget.register.ooapi.Shape.uuid;

import java.util.Map;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.domain.OoapiKind;
import nl.leerbudget.register.ooapi.Shape.ObjectShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of the Open Education API v5.0.0 ({@code components/schemas} of ooapi.yaml) for the objects the
 * register imports: Organization, Program, Course, CourseOffering and ProgramOffering, with what they contain.
 * Expanded objects the register does not import (Person, EducationSpecification, AcademicSession) are only checked
 * to be objects.
 */
final class OoapiSchemas {

    private OoapiSchemas() {}

    static final Shape LANGUAGE_TYPED_STRING = new ObjectShape("LanguageTypedString", false)
            .optional("language", text().pattern("^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"))
            .optional("value", text());

    /** name, description, assessment, …: at least one. */
    static final Shape TEXTS = array(LANGUAGE_TYPED_STRING, 1);

    /** enrollment, displayAmount: possibly none. */
    static final Shape ANY_TEXTS = array(LANGUAGE_TYPED_STRING, 0);

    static final Shape CODE_TYPE = extensible(
            "brin",
            "crohoCreboCode",
            "programCode",
            "componentCode",
            "offeringCode",
            "organizationId",
            "buildingId",
            "bagId",
            "roomCode",
            "systemId",
            "productId",
            "nationalIdentityNumber",
            "studentNumber",
            "studielinkNumber",
            "esi",
            "userName",
            "accountId",
            "emailAdress",
            "groupCode",
            "isbn",
            "issn",
            "orcId",
            "uuid",
            "schacHome",
            "identifier");

    static final Shape IDENTIFIER_ENTRY = new ObjectShape("IdentifierEntry", true)
            .required("codeType", CODE_TYPE)
            .required("code", text());

    static final Shape ADDRESS = new ObjectShape("Address", false)
            .required("addressType", oneOf("postal", "visit", "deliveries", "billing", "teaching"))
            .optional("street", text())
            .optional("streetNumber", text())
            .optional("additional", TEXTS)
            .optional("postalCode", text())
            .optional("city", text())
            .optional("countryCode", text())
            .optional(
                    "geolocation",
                    new ObjectShape("geolocation", false)
                            .required("latitude", number())
                            .required("longitude", number()))
            .optional("ext", anyObject());

    /**
     * A consumer entry; the register's own ({@code consumerKey} {@value OoapiTranslation#CONSUMER_KEY}) carries the
     * ESCO skills of a program or course in {@code escoSkills}, as ESCO skill URIs.
     */
    static final Shape CONSUMER = new ObjectShape("Consumer", false)
            .required("consumerKey", text())
            .optional("escoSkills", array(text().pattern(OfferingDetails.ESCO_SKILL.pattern()), 0));

    static final Shape STUDY_LOAD = new ObjectShape("StudyLoadDescriptor", false)
            .optional("studyLoadUnit", oneOf("contacttime", "ects", "sbu", "sp", "hour"))
            .optional("value", number());

    static final Shape MODES_OF_DELIVERY =
            array(oneOf("distance-learning", "on campus", "online", "hybrid", "situated"), 0);

    static final Shape LEVEL = oneOf(
            "secondary vocational education",
            "secondary vocational education 1",
            "secondary vocational education 2",
            "secondary vocational education 3",
            "secondary vocational education 4",
            "associate degree",
            "bachelor",
            "master",
            "doctoral",
            "undefined",
            "undivided",
            "nt2-1",
            "nt2-2");

    static final Shape TEACHING_LANGUAGE = text().length(3, 3).pattern("^[a-z]{3}$");

    static final Shape DURATION = text().pattern(
                    "^(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$");

    static final Shape LEARNING_OUTCOMES = array(array(LANGUAGE_TYPED_STRING, 1), 0);

    static final String AMOUNT = "^\\d+(?:\\.\\d+)?$";

    static final Shape COST = new ObjectShape("Cost", true)
            .required("costType", extensible("STAP eligible", "total costs"))
            .optional("amount", text().pattern(AMOUNT))
            .optional("vatAmount", text().pattern(AMOUNT))
            .optional("amountWithoutVat", text().pattern(AMOUNT))
            .optional("currency", text())
            .optional("displayAmount", ANY_TEXTS)
            .optional("ext", anyObject());

    static final Shape PERSON = reference("personId", Shape::anyObject);
    static final Shape EDUCATION_SPECIFICATION = reference("educationSpecificationId", Shape::anyObject);
    static final Shape ACADEMIC_SESSION = reference("academicSessionId", Shape::anyObject);
    static final Shape.Reference ORGANIZATION_REFERENCE =
            new Shape.Reference("organizationId", () -> OoapiSchemas.ORGANIZATION);
    static final Shape.Reference PROGRAM_REFERENCE = new Shape.Reference("programId", () -> OoapiSchemas.PROGRAM);
    static final Shape.Reference COURSE_REFERENCE = new Shape.Reference("courseId", () -> OoapiSchemas.COURSE);
    static final Shape.Reference PROGRAM_OFFERING_REFERENCE =
            new Shape.Reference("offeringId", () -> OoapiSchemas.PROGRAM_OFFERING);

    static final ObjectShape ORGANIZATION = new ObjectShape("Organization", false)
            .required("organizationId", uuid())
            .required("primaryCode", IDENTIFIER_ENTRY)
            .required(
                    "organizationType",
                    oneOf("root", "institute", "department", "faculty", "branch", "academy", "school"))
            .required("name", TEXTS)
            .required("shortName", text().maxLength(256))
            .optional("description", TEXTS)
            .optional("addresses", array(ADDRESS, 0))
            .optional("link", uri())
            .optional("logo", uri())
            .optional("otherCodes", array(IDENTIFIER_ENTRY, 1))
            .optional("parent", ORGANIZATION_REFERENCE)
            .optional("children", array(ORGANIZATION_REFERENCE, 0))
            .optional("consumers", array(CONSUMER, 0))
            .optional("ext", anyObject());

    static final ObjectShape PROGRAM = new ObjectShape("Program", false)
            .required("programId", uuid())
            .required("programType", oneOf("program", "minor", "honours", "specialization", "track"))
            .required("name", TEXTS)
            .required("abbreviation", text().maxLength(256))
            .required("description", TEXTS)
            .required("primaryCode", IDENTIFIER_ENTRY)
            .required("teachingLanguage", TEACHING_LANGUAGE)
            .optional("studyLoad", STUDY_LOAD)
            .optional("qualificationAwarded", oneOf("AD", "BA", "BSc", "LLB", "MA", "MSc", "LLM", "Phd", "None"))
            .optional("modeOfStudy", oneOf("full-time", "part-time", "dual training", "self-paced"))
            .optional("modeOfDelivery", MODES_OF_DELIVERY)
            .optional("duration", DURATION)
            .optional("firstStartDate", date())
            .optional("levelOfQualification", oneOf("1", "2", "3", "4", "4+", "5", "6", "7", "8"))
            .optional("level", LEVEL)
            .optional(
                    "sector",
                    oneOf("secondary vocational education", "higher professional education", "university education"))
            .optional("fieldsOfStudy", text().maxLength(4))
            .optional("enrollment", ANY_TEXTS)
            .optional("resources", array(text(), 0))
            .optional("learningOutcomes", LEARNING_OUTCOMES)
            .optional("assessment", TEXTS)
            .optional("admissionRequirements", TEXTS)
            .optional("qualificationRequirements", TEXTS)
            .optional("link", uri())
            .optional("educationSpecification", EDUCATION_SPECIFICATION)
            .optional("otherCodes", array(IDENTIFIER_ENTRY, 0))
            .optional("addresses", array(ADDRESS, 0))
            .optional("parent", PROGRAM_REFERENCE)
            .optional("children", array(PROGRAM_REFERENCE, 0))
            .optional("coordinators", array(PERSON, 0))
            .optional("organization", ORGANIZATION_REFERENCE)
            .optional("consumers", array(CONSUMER, 0))
            .optional("ext", anyObject())
            .optional("validFrom", date())
            .optional("validTo", date());

    static final ObjectShape COURSE = new ObjectShape("Course", false)
            .required("courseId", uuid())
            .required("name", TEXTS)
            .required("abbreviation", text().maxLength(256))
            .required("description", TEXTS)
            .required("teachingLanguage", TEACHING_LANGUAGE)
            .required("level", LEVEL)
            .required("primaryCode", IDENTIFIER_ENTRY)
            .optional("studyLoad", STUDY_LOAD)
            .optional("modeOfDelivery", MODES_OF_DELIVERY)
            .optional("duration", DURATION)
            .optional("firstStartDate", date())
            .optional("fieldsOfStudy", text().maxLength(4))
            .optional("learningOutcomes", LEARNING_OUTCOMES)
            .optional("admissionRequirements", TEXTS)
            .optional("qualificationRequirements", TEXTS)
            .optional("enrollment", ANY_TEXTS)
            .optional("resources", array(text(), 0))
            .optional("assessment", TEXTS)
            .optional("link", uri())
            .optional("educationSpecification", EDUCATION_SPECIFICATION)
            .optional("addresses", array(ADDRESS, 0))
            .optional("otherCodes", array(IDENTIFIER_ENTRY, 0))
            .optional("consumers", array(CONSUMER, 0))
            .optional("ext", anyObject())
            .optional("programs", array(PROGRAM_REFERENCE, 0))
            .optional("coordinators", array(PERSON, 0))
            .optional("organization", ORGANIZATION_REFERENCE)
            .optional("validFrom", date())
            .optional("validTo", date());

    /** Offering = OfferingId + OfferingProperties: what program, course and component offerings share. */
    static final ObjectShape OFFERING = new ObjectShape("Offering", false)
            .required("offeringId", uuid())
            .required("primaryCode", IDENTIFIER_ENTRY)
            .required("offeringType", oneOf("program", "course", "component"))
            .required("name", TEXTS)
            .required("description", TEXTS)
            .required("teachingLanguage", TEACHING_LANGUAGE)
            .required("resultExpected", bool())
            .optional("academicSession", ACADEMIC_SESSION)
            .optional("abbreviation", text().maxLength(256))
            .optional("modeOfDelivery", MODES_OF_DELIVERY)
            .optional("maxNumberStudents", count())
            .optional("enrolledNumberStudents", count())
            .optional("pendingNumberStudents", count())
            .optional("minNumberStudents", count())
            .optional("resultValueType", oneOf("pass-or-fail", "US letter", "UK letter", "0-100", "1-10"))
            .optional("link", uri())
            .optional("otherCodes", array(IDENTIFIER_ENTRY, 0))
            .optional("consumers", array(CONSUMER, 0))
            .optional("ext", anyObject());

    static final ObjectShape COURSE_OFFERING = new ObjectShape("CourseOffering", false)
            .including(OFFERING)
            .required("startDate", date())
            .required("endDate", date())
            .optional("enrollStartDate", date())
            .optional("enrollEndDate", date())
            .optional("flexibleEntryPeriodStart", date())
            .optional("flexibleEntryPeriodEnd", date())
            .optional("addresses", array(ADDRESS, 0))
            .optional("priceInformation", array(COST, 0))
            .optional("course", COURSE_REFERENCE)
            .optional("programOffering", PROGRAM_OFFERING_REFERENCE)
            .optional("organization", ORGANIZATION_REFERENCE);

    static final ObjectShape PROGRAM_OFFERING = new ObjectShape("ProgramOffering", false)
            .including(OFFERING)
            .required("startDate", date())
            .required("endDate", date())
            .optional("enrollStartDate", date())
            .optional("enrollEndDate", date())
            .optional("flexibleEntryPeriodStart", date())
            .optional("flexibleEntryPeriodEnd", date())
            .optional("addresses", array(ADDRESS, 0))
            .optional("priceInformation", array(COST, 1))
            .optional("program", PROGRAM_REFERENCE)
            .optional("organization", ORGANIZATION_REFERENCE);

    static ObjectShape of(OoapiKind kind) {
        return switch (kind) {
            case ORGANIZATION -> ORGANIZATION;
            case PROGRAM -> PROGRAM;
            case COURSE -> COURSE;
            case PROGRAM_OFFERING -> PROGRAM_OFFERING;
            case COURSE_OFFERING -> COURSE_OFFERING;
        };
    }

    /**
     * What the public OOAPI view shows of an imported object: the properties of its schema only (a property the
     * provider added is not republished), references as ids (the default when a client asks for no expansion), and
     * no {@code consumers}, which carry data for particular destinations (such as RIO), not for everyone.
     */
    static ObjectNode published(OoapiKind kind, JsonNode content) {
        ObjectShape schema = of(kind);
        ObjectNode shown = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : content.properties()) {
            Shape shape = schema.properties().get(entry.getKey());
            if (shape == null
                    || entry.getKey().equals("consumers")
                    || entry.getValue().isNull()) {
                continue;
            }
            shown.set(entry.getKey(), collapsed(shape, entry.getValue()));
        }
        return shown;
    }

    /**
     * The value as published: references collapsed to ids, and a custom value of an extensible enumeration (such as
     * {@code codeType}) given the "x-" prefix the specification asks for, so that what we publish is valid even when
     * what a provider sent was lenient.
     */
    private static JsonNode collapsed(Shape shape, JsonNode value) {
        if (shape instanceof Shape.Reference reference && value.isObject()) {
            String id = reference.id(value);
            return id == null ? value : JsonNodeFactory.instance.stringNode(id);
        }
        if (shape instanceof Shape.ArrayOf array && value.isArray()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            value.values().forEach(item -> items.add(collapsed(array.items(), item)));
            return items;
        }
        if (shape instanceof ObjectShape object && value.isObject()) {
            ObjectNode shown = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                Shape property = object.properties().get(entry.getKey());
                shown.set(entry.getKey(), property == null ? entry.getValue() : collapsed(property, entry.getValue()));
            }
            return shown;
        }
        if (shape instanceof Shape.Text text
                && !text.extensible().isEmpty()
                && value.isString()
                && !text.extensible().contains(value.stringValue())
                && !value.stringValue().startsWith("x-")) {
            return JsonNodeFactory.instance.stringNode("x-" + value.stringValue());
        }
        return value;
    }
}
