package nl.leerbudget.register.web;

import java.net.URI;
import nl.leerbudget.register.RegisterConflict;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RegisterProblems {

    @ExceptionHandler(RegisterConflict.class)
    ResponseEntity<ProblemDetail> conflict(RegisterConflict e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, String.valueOf(e.getMessage()));
        body.setTitle("Conflict");
        body.setType(URI.create("https://leerbudget.nl/problems/register-conflict"));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
