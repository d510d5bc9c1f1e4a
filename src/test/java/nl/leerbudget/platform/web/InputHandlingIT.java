package nl.leerbudget.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests an independent probe found holes with: each is refused with 400 (or 405, 415, 403) and problem
 * details naming what is wrong, never a server error, another error body or a silently stored text.
 */
@IntegrationTest
class InputHandlingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    PersonRegistry people;

    @Autowired
    Register register;

    Tokens tokens;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(encoder, properties);
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void aParameterWithoutANameIsABadRequestOnEveryReadRoute() {
        for (String path : List.of(
                "/api/v1/catalogue",
                "/ooapi/v5/courses",
                "/ooapi/v5/offerings",
                "/api/v1/learning-accounts",
                "/api/v1/accounts",
                "/api/v1/review-queue",
                "/api/v1/accounts/" + Demo.EMPLOYER + "/statement")) {
            Api.Response response = as("els").get(path + "?=x");

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.isProblem()).as(path).isTrue();
            assertThat(response.body().get("invalidParams").get(0).get("code").stringValue())
                    .as(path)
                    .isIn("name", "format");
        }
    }

    @Test
    void aPageWithAParameterWithoutANameIsABadRequestToo() throws Exception {
        HttpResponse<String> page = raw("GET", "/opleidingen?=x", null, null, null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Ongeldig verzoek");
    }

    @Test
    void aControlCharacterInAParameterNameIsRefusedByName() {
        Api.Response response = new Api(port).get("/api/v1/catalogue?%05=1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(violation(response, "U+0005").get("code").stringValue()).isEqualTo("character");
    }

    @Test
    void nulAndBidirectionalControlsInParameterValuesAreRefused() {
        Api.Response nul = new Api(port).get("/api/v1/catalogue?q=a%00b");
        Api.Response override = new Api(port).get("/api/v1/catalogue?q=a%E2%80%AEb");

        assertThat(nul.status()).isEqualTo(400);
        assertThat(violation(nul, "q").get("code").stringValue()).isEqualTo("character");
        assertThat(override.status()).isEqualTo(400);
        assertThat(violation(override, "q").get("reason").stringValue()).contains("bidirectional");
    }

    // ------------------------------------------------------------------ bodies

    @Test
    void aMalformedMultipartDepositUploadIsABadRequest() throws Exception {
        String path = "/api/v1/accounts/" + Demo.EMPLOYER + "/deposit-batches";

        HttpResponse<String> noBoundary = raw("POST", path, "multipart/form-data", "batchId=1", tokens.of("peter"));
        HttpResponse<String> brokenParts = raw(
                "POST",
                path,
                "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"batchId\"\r\n\r\n1\r\n--xy",
                tokens.of("peter"));

        for (HttpResponse<String> response : List.of(noBoundary, brokenParts)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void anEducationPeriodBefore1900IsAFieldViolation() {
        Api.Response response = as("els")
                .sendJson(
                        "PUT",
                        "/api/v1/people/" + Demo.JAN + "/education-history",
                        Map.of(
                                "birthDate",
                                "1850-01-01",
                                "periods",
                                List.of(Map.of("track", "MBO4-BOL", "start", "1866-08-01", "end", "1869-07-31"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(violation(response, "periods[0].start").get("code").stringValue())
                .isEqualTo("range");
    }

    @Test
    void periodsThatAreNullAreMissing() throws Exception {
        HttpResponse<String> response = raw(
                "PUT",
                "/api/v1/people/" + Demo.JAN + "/education-history",
                "application/json",
                "{\"birthDate\": \"1990-01-01\", \"periods\": null}",
                tokens.of("els"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(violation(JSON.readTree(response.body()), "periods")
                        .get("code")
                        .stringValue())
                .isEqualTo("required");
    }

    @Test
    void aBidirectionalOverrideInADepositLabelIsRefusedAndNotStored() {
        Api.Response response = as("peter")
                .post(
                        "/api/v1/learning-accounts/" + LearningAccountId.of(Demo.JAN) + "/deposits",
                        Map.of(
                                "id", UUID.randomUUID().toString(),
                                "funderAccountId", Demo.EMPLOYER.toString(),
                                "amount", "1.00",
                                "compartment", Map.of("label", "Cursus \u202Egdub\u202C")));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(violation(response, "compartment.label").get("code").stringValue())
                .isEqualTo("character");
    }

    @Test
    void nulAndLoneSurrogatesInJsonTextsAreRefused() {
        Api fatima = as("fatima");
        String hold = "{\"id\": \"" + UUID.randomUUID() + "\", \"debitAccountId\": \"" + UUID.randomUUID()
                + "\", \"creditAccountId\": \"" + Demo.ROC + "\", \"amount\": \"1.00\", \"reference\": \"%s\"}";

        Api.Response nul = fatima.post("/api/v1/holds", hold.formatted("a\\u0000b"));
        Api.Response surrogate = fatima.post("/api/v1/holds", hold.formatted("a\\ud800b"));

        assertThat(nul.status()).isEqualTo(400);
        assertThat(violation(nul, "reference").get("reason").stringValue()).contains("NUL");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(violation(surrogate, "reference").get("reason").stringValue())
                .contains("surrogate");
    }

    @Test
    void aFieldGivenTwiceIsRefusedNotReadAsItsLastValue() {
        String twice = "{\"id\": \"" + UUID.randomUUID() + "\", \"debitAccountId\": \"" + UUID.randomUUID()
                + "\", \"creditAccountId\": \"" + Demo.ROC + "\", \"amount\": \"1.00\", \"amount\": \"1000.00\"}";

        Api.Response response = as("fatima").post("/api/v1/holds", twice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(violation(response, "amount").get("code").stringValue()).isEqualTo("duplicate");
    }

    @Test
    void onlyApplicationJsonInUtf8IsAccepted() {
        SystemActor.install();
        String person;
        try {
            person = TestPeople.register(people).value().toString();
        } finally {
            SystemActor.clear();
        }
        String body = "{\"personId\": \"" + person + "\"}";
        Api els = as("els");

        for (String type : List.of("application/json; charset=utf-16", "application/merge-patch+json")) {
            Api.Response response = els.postText("/api/v1/learning-accounts", type, body);

            assertThat(response.status()).as(type).isEqualTo(415);
            assertThat(response.isProblem()).as(type).isTrue();
        }
        assertThat(els.postText("/api/v1/learning-accounts", "application/json; charset=UTF-8", body)
                        .status())
                .isEqualTo(201);
    }

    // ------------------------------------------------------------------ methods, paths and headers

    @Test
    void anUnsupportedMethodOnAnExistingRouteIs405WithAllow() throws Exception {
        for (String token : List.of(tokens.of("els"), tokens.of("fatima"))) {
            HttpResponse<String> response = raw("DELETE", "/api/v1/catalogue", null, null, token);

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET");
        }
        HttpResponse<String> put = raw("PUT", "/api/v1/holds", "application/json", "{}", tokens.of("fatima"));
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow").orElse("")).contains("POST");
        assertThat(as("fatima").get("/api/v1/no-such-route").status()).isEqualTo(403);
    }

    @Test
    void anEncodedPercentSignInThePathIsABadRequestWithProblemDetails() {
        Api.Response response = new Api(port).get("/api/v1/cata%25logue");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void aHeaderNameWithASpaceIsABadRequestWithProblemDetails() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/catalogue HTTP/1.1\r\nHost: localhost\r\nFoo Bar: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer).contains("\"status\":400");
        }
    }

    // ------------------------------------------------------------------ authorisation before the body

    @Test
    void anotherProviderIsRefusedBeforeItsBodyIsChecked() {
        Api.Response response = as("marieke")
                .post("/api/v1/providers/" + Demo.OPEN_UNIVERSITY + "/offerings", Map.of("name", 5, "price", 12));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().has("invalidParams")).isFalse();
    }

    @Test
    void anotherFunderIsRefusedBeforeItsUploadIsChecked() {
        Api.Response response = as("peter")
                .upload(
                        "/api/v1/accounts/" + Demo.MUNICIPALITY + "/deposit-batches",
                        "batchId",
                        "not-a-uuid",
                        "deposits.csv",
                        "nonsense".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isIn(403, 404);
        assertThat(response.body().has("invalidParams")).isFalse();
    }

    @Test
    void aFunderNamingAnotherFundersAccountIsRefusedBeforeTheDepositIsChecked() {
        Api.Response response = as("peter")
                .post(
                        "/api/v1/learning-accounts/" + LearningAccountId.of(Demo.FATIMA) + "/deposits",
                        Map.of("funderAccountId", Demo.MUNICIPALITY.toString(), "amount", "lots"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().has("invalidParams")).isFalse();
    }

    @Test
    void someoneElseIsRefusedBeforeAReleaseIsChecked() {
        String compartment = as("els")
                .get("/api/v1/learning-accounts/" + LearningAccountId.of(Demo.DEMI))
                .body()
                .get("compartments")
                .get(0)
                .get("id")
                .stringValue();
        SystemActor.install();
        String offering;
        try {
            offering = Trainings.anyAdmittedOffering(register, Demo.OPEN_UNIVERSITY);
        } finally {
            SystemActor.clear();
        }
        String hold = UUID.randomUUID().toString();
        Api.Response placed = as("els")
                .post(
                        "/api/v1/holds",
                        Map.of(
                                "id", hold,
                                "debitAccountId", compartment,
                                "creditAccountId", Demo.OPEN_UNIVERSITY.toString(),
                                "amount", "1.00",
                                "offeringId", offering));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);

        Api.Response foreign = as("marieke").post("/api/v1/holds/" + hold + "/releases", Map.of("id", 5));
        Api.Response stranger = as("jan").post("/api/v1/holds/" + hold + "/releases", Map.of("id", 5));

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().has("invalidParams")).isFalse();
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.body().has("invalidParams")).isFalse();
        assertThat(as("els")
                        .post(
                                "/api/v1/holds/" + hold + "/releases",
                                Map.of("id", UUID.randomUUID().toString()))
                        .status())
                .isEqualTo(201);
    }

    private Api as(String username) {
        return new Api(port).as(tokens.of(username));
    }

    private static JsonNode violation(Api.Response response, String name) {
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        return violation(response.body(), name);
    }

    private static JsonNode violation(JsonNode problem, String name) {
        for (JsonNode violation : problem.path("invalidParams")) {
            if (violation.get("name").stringValue().equals(name)) {
                return violation;
            }
        }
        throw new AssertionError("no violation of " + name + " in " + problem);
    }

    private HttpResponse<String> raw(
            String method, String path, @Nullable String contentType, @Nullable String body, @Nullable String token)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
