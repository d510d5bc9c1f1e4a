package nl.leerbudget.schemes.web;

import java.net.URI;
import nl.leerbudget.schemes.IntakeUnavailable;
import nl.leerbudget.schemes.SchemeConflict;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Conflicts with the state of a scheme or window (409), and an intake that cannot record now (503, retry). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SchemeProblems {

    private static final String TYPES = "https://leerbudget.nl/problems/";

    @ExceptionHandler(SchemeConflict.class)
    ResponseEntity<ProblemDetail> conflict(SchemeConflict e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, String.valueOf(e.getMessage()));
        body.setTitle("Conflict");
        body.setType(URI.create(TYPES + e.kind()));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /** Nothing was acknowledged: the client sends the same request again, with the same request id. */
    @ExceptionHandler(IntakeUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailable e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The application could not be recorded now; send it again with the same requestId.");
        body.setTitle("Try again");
        body.setType(URI.create(TYPES + "intake-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
