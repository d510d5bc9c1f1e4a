package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security headers of the NL API Design Rules (/core/transport/security-headers) on API responses and pages. */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void everyResponseCarriesTheMandatorySecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/api/v1/openapi.json", "/api/v1/learning-accounts", "/", "/inloggen")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpHeaders headers = response.headers();

            assertThat(headers.firstValue("Cache-Control"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isPresent();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("Content-Type")).as(path).isPresent();
        }
    }

    @Test
    void aFailedApiAuthenticationSaysNothingAboutWhy() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                                .header("Authorization", "Bearer not-a-token")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("Log in, or send a valid bearer token.")
                .doesNotContainIgnoringCase("jwt");
    }
}
