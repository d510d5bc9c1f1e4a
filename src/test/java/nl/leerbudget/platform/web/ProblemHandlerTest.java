package nl.leerbudget.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler();
    private final MockHttpServletRequest request =
            new MockHttpServletRequest("POST", "/api/v1/scheme-windows/7/applications");

    @Test
    void a_database_that_cannot_be_reached_is_a_503_that_asks_to_send_the_same_request_again() {
        for (Exception lost : new Exception[] {
            new CannotCreateTransactionException(
                    "Could not open JDBC Connection", new SQLTransientConnectionException("refused")),
            new DataAccessResourceFailureException("An I/O error occurred while sending to the backend"),
            new TransientDataAccessResourceException("the server closed the connection")
        }) {
            ResponseEntity<ProblemDetail> answer = handler.databaseUnavailable(lost, request);

            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            ProblemDetail body = answer.getBody();
            assertThat(body).isNotNull();
            assertThat(body.getType()).hasToString("https://leerbudget.nl/problems/temporarily-unavailable");
            assertThat(body.getDetail()).contains("Nothing was changed").doesNotContain("backend", "JDBC");
            assertThat(body.getInstance()).hasToString("/api/v1/scheme-windows/7/applications");
        }
    }
}
