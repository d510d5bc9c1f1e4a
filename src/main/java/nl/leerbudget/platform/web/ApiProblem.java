package nl.leerbudget.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An expected failure of a request, answered as RFC 9457 problem details. {@code type} is a stable URI per kind of
 * problem; {@code invalidParams} lists every invalid field at once; {@code extensions} carry rule ids and the like.
 */
public final class ApiProblem extends RuntimeException {

    private static final String TYPES = "https://leerbudget.nl/problems/";

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final List<FieldViolation> invalidParams;
    private final Map<String, Object> extensions;

    public ApiProblem(
            HttpStatus status,
            String type,
            String title,
            String detail,
            List<FieldViolation> invalidParams,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.type = URI.create(TYPES + type);
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiProblem invalid(List<FieldViolation> violations) {
        return new ApiProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "Invalid input",
                violations.size() == 1
                        ? "One field of the request is invalid; see invalidParams."
                        : violations.size() + " fields of the request are invalid; see invalidParams.",
                violations,
                Map.of());
    }

    /** A request that cannot be read at all (its line, path, headers or parameters), before any route is chosen. */
    public static ApiProblem badRequest(String detail, List<FieldViolation> violations) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail, violations, Map.of());
    }

    public static ApiProblem unsupportedMediaType(String detail) {
        return new ApiProblem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                detail,
                List.of(),
                Map.of());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", what, List.of(), Map.of());
    }

    public static ApiProblem conflict(String type, String title, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, type, title, detail, List.of(), Map.of());
    }

    /** A well-formed request that breaks a business rule. */
    public static ApiProblem rejected(String ruleId, String rule, String detail, Map<String, Object> extensions) {
        var all = new java.util.LinkedHashMap<String, Object>(extensions);
        all.put("ruleId", ruleId);
        all.put("rule", rule);
        return new ApiProblem(
                HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", "Business rule violated", detail, List.of(), all);
    }

    /**
     * The problem as the JSON object the API answers with, for code that writes a response itself (a servlet filter,
     * the server's error report) rather than through {@link ProblemHandler}.
     */
    public Map<String, Object> body(String instance) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", getMessage());
        body.put("instance", instance);
        if (!invalidParams.isEmpty()) {
            body.put("invalidParams", invalidParams);
        }
        body.putAll(extensions);
        return body;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldViolation> invalidParams() {
        return invalidParams;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
