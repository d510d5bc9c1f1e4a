package nl.leerbudget.register.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.leerbudget.platform.web.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems on the OOAPI routes in the shape of the OOAPI specification's {@code Problem}, whose {@code status} is a
 * string ("404"); otherwise as elsewhere (type, title, detail, instance, invalidParams).
 */
@RestControllerAdvice(assignableTypes = OoapiResource.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OoapiProblems {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> problem(ApiProblem problem, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type().toString());
        body.put("title", problem.title());
        body.put("status", String.valueOf(problem.status().value()));
        body.put("detail", String.valueOf(problem.getMessage()));
        body.put("instance", request.getRequestURI());
        if (!problem.invalidParams().isEmpty()) {
            body.put("invalidParams", problem.invalidParams());
        }
        return ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
