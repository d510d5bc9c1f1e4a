package nl.leerbudget.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * Answers every failed API request with {@code application/problem+json} (RFC 9457): Spring MVC's own failures
 * (unknown path, wrong method, unreadable body, upload too large, …), the application's {@link ApiProblem}s, and, with
 * a generic text that reveals nothing, anything unexpected.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setType(problem.type());
        body.setTitle(problem.title());
        body.setInstance(URI.create(request.getRequestURI()));
        if (!problem.invalidParams().isEmpty()) {
            body.setProperty("invalidParams", problem.invalidParams());
        }
        problem.extensions().forEach(body::setProperty);
        return problemResponse(problem.status(), body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected =
                e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return apiProblem(
                ApiProblem.invalid(List.of(new FieldViolation(
                        e.getName(),
                        "format",
                        "'" + e.getValue() + "' is not a valid " + expected.toLowerCase(java.util.Locale.ROOT)))),
                request);
    }

    /** A multipart body that cannot be read (no boundary, a part cut off, …); a too large one is 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return apiProblem(
                ApiProblem.badRequest(
                        "The multipart request body cannot be read.",
                        List.of(new FieldViolation("", "format", "is not a readable multipart/form-data body"))),
                request);
    }

    /** The security firewall refused a part of the request it reads lazily (a parameter name, a header value). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
        return apiProblem(ApiProblem.badRequest("The request cannot be accepted as sent.", List.of()), request);
    }

    /**
     * The database could not be reached or lost the connection (a restart, a failover): nothing was committed, and the
     * same request may be sent again in a moment.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The request could not be completed now. Nothing was changed. Please send it again in a moment.");
        body.setTitle("Temporarily unavailable");
        body.setType(URI.create("https://leerbudget.nl/problems/temporarily-unavailable"));
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Nothing was changed. Please try again later.");
        body.setTitle("Internal error");
        body.setInstance(URI.create(request.getRequestURI()));
        return problemResponse(HttpStatus.INTERNAL_SERVER_ERROR, body);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is not valid JSON or not of the expected shape.");
        body.setTitle("Unreadable request body");
        body.setType(URI.create("https://leerbudget.nl/problems/unreadable-body"));
        FieldViolation duplicate = duplicateField(ex);
        if (duplicate != null) {
            body.setDetail("A field of the request body is given more than once; see invalidParams.");
            body.setProperty("invalidParams", List.of(duplicate));
        }
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * A field given twice in one JSON object (Jackson's strict duplicate detection): refused, because the last value
     * winning silently would let {@code "amount": "1.00", "amount": "1000.00"} hold a thousand euros.
     */
    private static @Nullable FieldViolation duplicateField(HttpMessageNotReadableException ex) {
        if (!(ex.getMostSpecificCause() instanceof StreamReadException read)) {
            return null;
        }
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(read.getOriginalMessage()));
        if (!duplicate.find()) {
            return null;
        }
        String name = duplicate.group(1);
        if (read.processor() instanceof JsonParser parser) {
            // The parser stands in the object that has the field twice; its path is the field's prefix.
            TokenStreamContext object = parser.streamReadContext();
            TokenStreamContext outer = object == null ? null : object.getParent();
            String parent = outer == null ? "" : outer.pathAsPointer().toString();
            if (!parent.isEmpty()) {
                name = parent.substring(1).replace('/', '.') + "." + name;
            }
        }
        return new FieldViolation(name, "duplicate", "is given more than once");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return invalid(ex, ex.getParameterName(), headers, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex, ex.getRequestPartName(), headers, request);
    }

    private @Nullable ResponseEntity<Object> invalid(
            Exception ex, String name, HttpHeaders headers, WebRequest request) {
        ApiProblem problem = ApiProblem.invalid(List.of(new FieldViolation(name, "required", "is required")));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.getMessage());
        body.setTitle(problem.title());
        body.setType(problem.type());
        body.setProperty("invalidParams", problem.invalidParams());
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private static ResponseEntity<ProblemDetail> problemResponse(HttpStatusCode status, ProblemDetail body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
