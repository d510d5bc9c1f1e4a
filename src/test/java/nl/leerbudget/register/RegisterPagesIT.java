package nl.leerbudget.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

/** The provider's page and the reviewer's queue page: what they show, and a decision taken from the queue. */
@IntegrationTest
class RegisterPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    Tokens tokens;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(encoder, properties);
    }

    private HttpResponse<String> page(String user, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + tokens.of(user))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aProviderSeesItsStandingAndItsOfferingsWithFindings() throws Exception {
        HttpResponse<String> response = page("marieke", "/aanbieder");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("lang=\"nl\"", "ROC Midden Nederland", "toegelaten", "Elektrotechniek");
    }

    @Test
    void aReviewerDecidesFromTheQueueWithAReason() throws Exception {
        Api provider = new Api(port).as(tokens.of("marieke"));
        String id = provider.post(
                        "/api/v1/providers/" + Demo.ROC + "/offerings",
                        Map.of(
                                "type", "SHORT_COURSE",
                                "name", "Werken met waterstof",
                                "description",
                                        "Veilig werken met waterstofinstallaties, met praktijkles en een examen.",
                                "studyLoad", 16,
                                "studyLoadUnit", "HOURS",
                                "price", "640.00",
                                "modality", "IN_PERSON",
                                "location", "Utrecht",
                                "startDates", List.of("2027-06-01"),
                                "skills",
                                        List.of(
                                                "http://data.europa.eu/esco/skill/516e324b-03fc-4d3b-9986-e46e9834cd43")))
                .body()
                .get("id")
                .stringValue();
        // The reviewer sees the skills the offering says it teaches, by their ESCO label.
        assertThat(page("ruud", "/beoordelen").body())
                .contains(
                        "Werken met waterstof", "implement fundamentals of nursing", "ESCO v1.1.1", "Besluit opslaan");

        HttpResponse<String> decided = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/beoordelen/" + id))
                                .header("Authorization", "Bearer " + tokens.of("ruud"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("decision=ADMIT&reason="
                                        + URLEncoder.encode("Voldoet aan het kader.", StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(new Api(port)
                        .get("/api/v1/offerings/" + id)
                        .body()
                        .get("status")
                        .stringValue())
                .isEqualTo("ADMITTED");
    }

    private static final String NURSING_FUNDAMENTALS =
            "http://data.europa.eu/esco/skill/516e324b-03fc-4d3b-9986-e46e9834cd43";
    private static final String FORKLIFT = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";

    private HttpResponse<String> form(String user, String path, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + tokens.of(user))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "text/html")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private String submitOffering(String name) {
        return new Api(port)
                .as(tokens.of("marieke"))
                .post(
                        "/api/v1/providers/" + Demo.ROC + "/offerings",
                        Map.of(
                                "type", "SHORT_COURSE",
                                "name", name,
                                "description", "Veilig werken in het magazijn, met praktijkles en een examen.",
                                "studyLoad", 24,
                                "studyLoadUnit", "HOURS",
                                "price", "480.00",
                                "modality", "IN_PERSON",
                                "location", "Utrecht",
                                "startDates", List.of("2027-06-01")))
                .body()
                .get("id")
                .stringValue();
    }

    @Test
    void aProviderTagsItsOfferingWithSkillsOnItsPageAndTheOfferingKeepsItsStatus() throws Exception {
        String id = submitOffering("Heftruck rijden voor beginners");
        String path = "/aanbieder/opleidingen/" + id + "/vaardigheden";

        HttpResponse<String> search = page("marieke", path + "?zoek=forklift&beroepzoek=verpleegkundige");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body())
                .contains("Heftruck rijden voor beginners", "operate forklift", FORKLIFT, "ESCO v1.1.1")
                .contains("algemeen verpleegkundige");

        HttpResponse<String> saved =
                form("marieke", path, "vaardigheid=" + enc(FORKLIFT) + "&vaardigheid=" + enc(NURSING_FUNDAMENTALS));
        assertThat(saved.statusCode()).isEqualTo(302);
        var offering = new Api(port)
                .as(tokens.of("marieke"))
                .get("/api/v1/offerings/" + id)
                .body();
        assertThat(offering.get("status").stringValue()).isEqualTo("IN_REVIEW");
        assertThat(offering.get("version").intValue()).isEqualTo(2);
        List<String> skills = new java.util.ArrayList<>();
        offering.get("details").get("skills").forEach(skill -> skills.add(skill.stringValue()));
        assertThat(skills).containsExactlyInAnyOrder(FORKLIFT, NURSING_FUNDAMENTALS);
        assertThat(page("marieke", path).body()).contains("operate forklift", "implement fundamentals of nursing");
        assertThat(page("marieke", "/aanbieder").body()).contains("2 vaardigheden");
    }

    @Test
    void anAdmittedOfferingStaysInTheCatalogueWhenTaggedAndIsFoundByItsNewSkill() throws Exception {
        String id = submitOffering("Heftruck rijden in de koelcel");
        assertThat(form("ruud", "/beoordelen/" + id, "decision=ADMIT&reason=" + enc("Voldoet aan het kader."))
                        .statusCode())
                .isEqualTo(302);

        assertThat(form("marieke", "/aanbieder/opleidingen/" + id + "/vaardigheden", "vaardigheid=" + enc(FORKLIFT))
                        .statusCode())
                .isEqualTo(302);

        var offering = new Api(port).get("/api/v1/offerings/" + id).body();
        assertThat(offering.get("status").stringValue()).isEqualTo("ADMITTED");
        List<String> found = new java.util.ArrayList<>();
        new Api(port)
                .get("/api/v1/catalogue?pageSize=100&q=koelcel&skill=" + enc(FORKLIFT))
                .body()
                .get("items")
                .forEach(item -> found.add(item.get("id").stringValue()));
        assertThat(found).contains(id);
    }

    @Test
    void aProviderIsToldInDutchWhenASkillIsUnknownAndNothingIsSaved() throws Exception {
        String id = submitOffering("Heftruck rijden, opfriscursus");
        String path = "/aanbieder/opleidingen/" + id + "/vaardigheden";

        HttpResponse<String> refused = form(
                "marieke",
                path,
                "vaardigheid=" + enc(FORKLIFT) + "&vaardigheid="
                        + enc("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("staat niet in de lijst van ESCO");
        var offering = new Api(port)
                .as(tokens.of("marieke"))
                .get("/api/v1/offerings/" + id)
                .body();
        assertThat(offering.get("version").intValue()).isEqualTo(1);
        assertThat(offering.get("details").get("skills").isEmpty()).isTrue();
    }

    @Test
    void aProviderDoesNotReachTheSkillsOfAnotherProvidersOffering() throws Exception {
        String other = null;
        for (var item : new Api(port)
                .get("/api/v1/catalogue?pageSize=100&q=Verpleegkunde")
                .body()
                .get("items")) {
            if (!item.get("providerId").stringValue().equals(Demo.ROC.toString())) {
                other = item.get("id").stringValue();
            }
        }
        assertThat(other).as("a demo offering of another provider").isNotNull();

        assertThat(page("marieke", "/aanbieder/opleidingen/" + other + "/vaardigheden")
                        .statusCode())
                .isEqualTo(404);
        assertThat(form("marieke", "/aanbieder/opleidingen/" + other + "/vaardigheden", "vaardigheid=" + enc(FORKLIFT))
                        .statusCode())
                .isEqualTo(404);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aCitizenHasNoReviewQueue() throws Exception {
        assertThat(page("fatima", "/beoordelen").statusCode()).isEqualTo(403);
    }
}
