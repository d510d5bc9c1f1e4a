package nl.leerbudget.register.ooapi;

import static nl.leerbudget.register.ooapi.OoapiExamples.example;
import static nl.leerbudget.register.ooapi.OoapiExamples.filledTemplate;
import static nl.leerbudget.register.ooapi.OoapiExamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.OfferingDetails.StudyLoadUnit;
import nl.leerbudget.register.domain.OoapiKind;
import nl.leerbudget.shared.OfferingType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** How OOAPI programs and courses, with their offerings, become register offerings. */
class OoapiTranslationTest {

    @Test
    void theExampleCourseWithItsTwoOfferingsIsAMicrocredentialWithTheTemplatesPrice() {
        OfferingDetails details = OoapiTranslation.details(
                OoapiKind.COURSE, example("3-Course.json"), List.of(example("4-Offering.json"), filledTemplate()));

        assertThat(details.type()).isEqualTo(OfferingType.MICROCREDENTIAL); // 6 ECTS at bachelor level
        assertThat(details.name()).isEqualTo("Course Example"); // no nl-NL name: the first one
        assertThat(details.description())
                .startsWith("This course introduces fundamental concepts of calculus and linear algebra. Topics")
                .doesNotContain("<p>", "</p>")
                .endsWith("the Rouché–Frobenius theorem, and determinants.");
        assertThat(details.level()).isEqualTo(6);
        assertThat(details.studyLoad()).isEqualTo(6);
        assertThat(details.studyLoadUnit()).isEqualTo(StudyLoadUnit.EC);
        assertThat(details.priceCents()).isEqualTo(34_084);
        assertThat(details.vatCents()).isEqualTo(4_000);
        assertThat(details.eligibleCostCents()).isEqualTo(34_084);
        assertThat(details.modality()).isEqualTo(Modality.BLENDED); // on campus and online
        assertThat(details.location()).isEqualTo("Utrecht"); // the offerings' address before the course's
        assertThat(details.startDates()).containsExactly(LocalDate.of(2019, 8, 21));
        assertThat(details.maxParticipants()).isEqualTo(200);
        assertThat(details.fieldsOfStudy()).isEmpty();
        assertThat(details.recognised()).isFalse();
    }

    @Test
    void aCourseWithoutOfferingsHasNoPriceAndStartsOnItsFirstStartDateAtItsTeachingAddress() {
        OfferingDetails details = OoapiTranslation.details(OoapiKind.COURSE, example("3-Course.json"), List.of());

        assertThat(details.priceCents()).isZero();
        assertThat(details.startDates()).containsExactly(LocalDate.of(2024, 11, 2));
        assertThat(details.location()).isEqualTo("Pamplona");
        assertThat(details.maxParticipants()).isNull();
    }

    @Test
    void theOrderOfTheOfferingsDoesNotMatter() {
        JsonNode course = example("3-Course.json");

        assertThat(OoapiTranslation.details(
                        OoapiKind.COURSE, course, List.of(filledTemplate(), example("4-Offering.json"))))
                .isEqualTo(OoapiTranslation.details(
                        OoapiKind.COURSE, course, List.of(example("4-Offering.json"), filledTemplate())));
    }

    @Test
    void aProgramWithAQualificationIsADiplomaProgrammeAndAMinorIsNot() {
        ObjectNode program = program();
        program.put("qualificationAwarded", "BSc");
        program.remove("level");
        assertThat(ImportRequest.read(program).violations().all()).isEmpty();

        assertThat(OoapiTranslation.type(OoapiKind.PROGRAM, program, OoapiTranslation.level(program)))
                .isEqualTo(OfferingType.DIPLOMA_PROGRAMME);
        assertThat(OoapiTranslation.level(program)).isEqualTo(6);

        program.put("programType", "minor");
        assertThat(OoapiTranslation.type(OoapiKind.PROGRAM, program, 6)).isEqualTo(OfferingType.MICROCREDENTIAL);

        program.put("levelOfQualification", "4+");
        ((ObjectNode) program.get("studyLoad")).put("studyLoadUnit", "hour").put("value", 120);
        assertThat(OoapiTranslation.level(program)).isEqualTo(4);
        assertThat(OoapiTranslation.type(OoapiKind.PROGRAM, program, 4)).isEqualTo(OfferingType.SHORT_COURSE);
    }

    @Test
    void aCourseBelowHigherEducationOrWithoutEctsIsAShortCourse() {
        ObjectNode course = (ObjectNode) example("3-Course.json");
        course.put("level", "secondary vocational education 3");
        assertThat(OoapiTranslation.type(OoapiKind.COURSE, course, OoapiTranslation.level(course)))
                .isEqualTo(OfferingType.SHORT_COURSE);
        assertThat(OoapiTranslation.level(course)).isEqualTo(3);

        course.put("level", "nt2-2");
        assertThat(OoapiTranslation.level(course)).isNull();
    }

    @Test
    void studyLoadsBecomeEcOrHours() {
        assertThat(load("ects", "6")).isEqualTo(new OoapiTranslation.StudyLoad(6, StudyLoadUnit.EC));
        assertThat(load("ects", "1.5")).isEqualTo(new OoapiTranslation.StudyLoad(42, StudyLoadUnit.HOURS));
        assertThat(load("hour", "24")).isEqualTo(new OoapiTranslation.StudyLoad(24, StudyLoadUnit.HOURS));
        assertThat(load("sbu", "10.5")).isEqualTo(new OoapiTranslation.StudyLoad(11, StudyLoadUnit.HOURS));
        assertThat(load("sp", "2")).isEqualTo(new OoapiTranslation.StudyLoad(80, StudyLoadUnit.HOURS));
        assertThat(OoapiTranslation.studyLoad(parse("{}")))
                .isEqualTo(new OoapiTranslation.StudyLoad(0, StudyLoadUnit.HOURS));
    }

    @Test
    void modesOfDeliveryBecomeAModality() {
        assertThat(modality("[\"online\", \"distance-learning\"]")).isEqualTo(Modality.ONLINE);
        assertThat(modality("[\"situated\"]")).isEqualTo(Modality.IN_PERSON);
        assertThat(modality("[\"hybrid\"]")).isEqualTo(Modality.BLENDED);
        assertThat(modality("[\"on campus\", \"online\"]")).isEqualTo(Modality.BLENDED);
        assertThat(modality("[]")).isEqualTo(Modality.IN_PERSON);
    }

    @Test
    void theDutchNameIsPreferredAndHtmlBecomesText() {
        JsonNode names = parse("""
                [{"language": "en-GB", "value": "Welding"}, {"language": "nl-BE", "value": "Lassen (BE)"},
                 {"language": "nl-NL", "value": " Lassen "}]""");

        assertThat(OoapiTranslation.chosen(names)).isEqualTo("Lassen");
        assertThat(OoapiTranslation.chosen(parse("[{\"language\": \"en-GB\", \"value\": \"\"}]")))
                .isEmpty();
        assertThat(OoapiTranslation.plain("<p>Veilig &amp; vakkundig&nbsp;lassen</p>\n<ul><li>MIG&#8211;MAG</li></ul>"))
                .isEqualTo("Veilig & vakkundig lassen MIG–MAG");
    }

    @Test
    void theOfferingWithTheHighestTotalCostsSetsThePriceAndStapEligibleTheEligibleCost() {
        JsonNode cheap = parse("""
                {"priceInformation": [{"costType": "total costs", "amount": "100", "amountWithoutVat": "82.64"}]}""");
        JsonNode dear = parse("""
                {"priceInformation": [{"costType": "STAP eligible", "amount": "250.00"},
                                      {"costType": "total costs", "amount": "300.00", "vatAmount": "0"}]}""");

        assertThat(OoapiTranslation.price(List.of(cheap))).isEqualTo(new OoapiTranslation.Price(10_000, 1_736, 10_000));
        assertThat(OoapiTranslation.price(List.of(cheap, dear)))
                .isEqualTo(new OoapiTranslation.Price(30_000, 0, 25_000));
    }

    private static OoapiTranslation.StudyLoad load(String unit, String value) {
        return OoapiTranslation.studyLoad(
                parse("{\"studyLoad\": {\"studyLoadUnit\": \"" + unit + "\", \"value\": " + value + "}}"));
    }

    private static Modality modality(String modes) {
        return OoapiTranslation.modality(parse("{\"modeOfDelivery\": " + modes + "}"), List.of());
    }

    /** program_invalid.json with its faults mended. */
    static ObjectNode program() {
        ObjectNode program = (ObjectNode) example("program_invalid.json");
        program.put("programId", "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
        ((ObjectNode) program.get("primaryCode")).put("codeType", "programCode");
        program.put("programType", "program");
        program.remove("organization");
        program.putArray("modeOfDelivery").add("on campus");
        program.remove("learningOutcomes");
        return program;
    }
}
