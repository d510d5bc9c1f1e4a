package nl.leerbudget.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/** The register over HTTP: registration, checks, review, public visibility, suspension and versions. */
@IntegrationTest
class RegisterIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    Api reviewer;
    Api provider;
    Api anonymous;

    @BeforeEach
    void callers() {
        Tokens tokens = new Tokens(encoder, properties);
        reviewer = new Api(port).as(tokens.of("ruud"));
        provider = new Api(port).as(tokens.of("marieke")); // staff of ROC Midden Nederland
        anonymous = new Api(port);
    }

    private static Map<String, Object> course(String name, String price) {
        return Map.ofEntries(
                Map.entry("type", "SHORT_COURSE"),
                Map.entry("name", name),
                Map.entry(
                        "description",
                        "Leer werken met de nieuwste installatietechniek in de praktijk, met een examen."),
                Map.entry("studyLoad", 24),
                Map.entry("studyLoadUnit", "HOURS"),
                Map.entry("price", price),
                Map.entry("modality", "IN_PERSON"),
                Map.entry("location", "Utrecht"),
                Map.entry("startDates", List.of("2027-05-01")),
                Map.entry("fieldsOfStudy", List.of("techniek")));
    }

    @Test
    void anOfferingIsCheckedReviewedAndThenPublic() {
        Api.Response submitted = provider.post(
                "/api/v1/providers/" + Demo.ROC + "/offerings", course("Warmtepompen installeren", "720.00"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.body().get("status").stringValue()).isEqualTo("IN_REVIEW");
        String id = submitted.body().get("id").stringValue();

        assertThat(anonymous.get("/api/v1/offerings/" + id).status()).isEqualTo(404);
        assertThat(reviewer.get("/api/v1/review-queue").body().get("items").toString())
                .contains(id);

        Api.Response admitted = reviewer.post(
                "/api/v1/offerings/" + id + "/decisions", Map.of("decision", "ADMIT", "reason", "Voldoet."));
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);

        JsonNode open = anonymous.get("/api/v1/offerings/" + id).body();
        assertThat(open.get("status").stringValue()).isEqualTo("ADMITTED");
        assertThat(open.get("bookable").booleanValue()).isTrue();
        assertThat(open.get("details").get("price").stringValue()).isEqualTo("720.00");
    }

    @Test
    void aHobbyCourseGoesToReviewWithAReasonAndAnIncompleteOneIsRejected() {
        Map<String, Object> hobby = new java.util.HashMap<>(course("Bloemschikken", "150.00"));
        hobby.put("fieldsOfStudy", List.of("hobby"));
        JsonNode flagged = provider.post("/api/v1/providers/" + Demo.ROC + "/offerings", hobby)
                .body();

        Map<String, Object> incomplete = new java.util.HashMap<>(course("Kort", "100.00"));
        incomplete.put("description", "Te kort.");
        JsonNode rejected = provider.post("/api/v1/providers/" + Demo.ROC + "/offerings", incomplete)
                .body();

        assertThat(flagged.get("status").stringValue()).isEqualTo("IN_REVIEW");
        // R6, and perhaps R5 as well: the demo catalogue gives the price something to compare with.
        assertThat(flagged.get("findings").values())
                .extracting(f -> f.get("ruleId").stringValue())
                .contains("R6");
        assertThat(rejected.get("status").stringValue()).isEqualTo("REJECTED");
        assertThat(rejected.get("findings").get(0).get("explanation").stringValue())
                .contains("beschrijving");
        assertThat(reviewer.post(
                                "/api/v1/offerings/" + rejected.get("id").stringValue() + "/decisions",
                                Map.of("decision", "ADMIT", "reason", "Toch?"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aSuspendedProvidersOfferingsCannotBeBookedAndThePageSaysWhy() {
        UUID id = UUID.randomUUID();
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        assertThat(reviewer.post(
                                "/api/v1/providers",
                                Map.of(
                                        "id",
                                        id.toString(),
                                        "kvk",
                                        kvk,
                                        "name",
                                        "Cursus & Co",
                                        "iban",
                                        "NL91ABNA0417164300",
                                        "qualityMarks",
                                        List.of(Map.of(
                                                "scheme",
                                                "NRTO",
                                                "validFrom",
                                                "2025-01-01",
                                                "validUntil",
                                                "2030-12-31"))))
                        .status())
                .isEqualTo(201);
        reviewer.post(
                "/api/v1/providers/" + id + "/status-decisions", Map.of("status", "ADMITTED", "reason", "In orde."));
        String offering = reviewer.post(
                        "/api/v1/providers/" + id + "/offerings", course("Veilig werken op hoogte", "400.00"))
                .body()
                .get("id")
                .stringValue();
        reviewer.post(
                "/api/v1/offerings/" + offering + "/decisions", Map.of("decision", "ADMIT", "reason", "Voldoet."));

        reviewer.post(
                "/api/v1/providers/" + id + "/status-decisions",
                Map.of("status", "SUSPENDED", "reason", "Onderzoek naar misbruik."));

        JsonNode page = anonymous.get("/api/v1/offerings/" + offering).body();
        assertThat(page.get("bookable").booleanValue()).isFalse();
        assertThat(page.get("bookableReason").stringValue()).contains("geschorst", "Onderzoek naar misbruik.");
        assertThat(anonymous.get("/api/v1/providers/" + id).body().get("iban")).isNull();
    }

    @Test
    void aRevisionIsANewVersionAndTheOldOneStaysAsItWas() {
        String id = provider.post("/api/v1/providers/" + Demo.ROC + "/offerings", course("Zonnepanelen", "500.00"))
                .body()
                .get("id")
                .stringValue();

        Api.Response revised = provider.sendJson("PUT", "/api/v1/offerings/" + id, course("Zonnepanelen", "550.00"));

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.body().get("version").intValue()).isEqualTo(2);
        assertThat(provider.get("/api/v1/offerings/" + id + "/versions/1")
                        .body()
                        .get("price")
                        .stringValue())
                .isEqualTo("500.00");
    }

    @Test
    void badRegistrationsListEveryProblemAndAProviderManagesOnlyItself() {
        Api.Response bad = reviewer.post(
                "/api/v1/providers",
                Map.of(
                        "id", "nope",
                        "kvk", "1234",
                        "name", "",
                        "iban", "NL00BANK0000000000",
                        "qualityMarks", List.of(Map.of("scheme", "ISO", "validFrom", "2025-13-01"))));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("invalidParams").toString())
                .contains(
                        "\"id\"",
                        "\"name\"",
                        "\"iban\"",
                        "qualityMarks[0].scheme",
                        "qualityMarks[0].validFrom",
                        "qualityMarks[0].validUntil");
        assertThat(provider.post("/api/v1/providers/" + Demo.OPEN_UNIVERSITY + "/offerings", course("X", "1.00"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDemoRegisterHasAdmittedASuspendedAndAHobbyOffering() {
        JsonNode queue = reviewer.get("/api/v1/review-queue").body().get("items");

        assertThat(queue.toString()).contains("Wijnproeven voor beginners");
        assertThat(anonymous
                        .get("/api/v1/providers/" + Demo.ROC)
                        .body()
                        .get("status")
                        .stringValue())
                .isEqualTo("ADMITTED");
    }
}
