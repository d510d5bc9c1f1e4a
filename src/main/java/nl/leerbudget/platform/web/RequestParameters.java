package nl.leerbudget.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the query and form parameters of every request before anything else does, and refuses the request (400) when
 * they cannot be read (a parameter without a name, a broken %-escape) or carry characters that {@link Characters}
 * refuses, in a name or a value. Without this the server's parser and the security firewall fail deep inside a
 * handler, and the caller gets a server error. The API answers with problem details naming each parameter; pages with
 * a short Dutch page. A multipart body is left to the multipart resolver: only its query string is read here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestParameters extends OncePerRequestFilter {

    private final ObjectMapper json;

    RequestParameters(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldViolation> violations;
        try {
            violations = violations(request);
        } catch (RuntimeException e) {
            // Tomcat's InvalidParameterException, an IllegalArgumentException from a broken escape, …
            violations = List.of(new FieldViolation("", "format", "the query or form parameters cannot be read"));
        }
        if (violations.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        reject(request, response, violations);
    }

    private static List<FieldViolation> violations(HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&", -1)) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int equals = pair.indexOf('=');
                    String name =
                            URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    String value =
                            equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    check(name, new String[] {value}, violations);
                }
            }
            return violations;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getValue(), violations);
        }
        return violations;
    }

    private static void check(String name, String[] values, List<FieldViolation> violations) {
        if (name.isBlank()) {
            violations.add(new FieldViolation("", "name", "a parameter must have a name"));
            return;
        }
        String problem = Characters.problem(name);
        if (problem != null) {
            violations.add(new FieldViolation(printable(name), "character", "the parameter name " + problem));
            return;
        }
        for (String value : values) {
            problem = Characters.problem(value);
            if (problem != null) {
                violations.add(new FieldViolation(name, "character", problem));
                return;
            }
        }
    }

    /** A refused name as it may be shown: its refused characters as U+ escapes. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> {
            String one = Character.toString(c);
            if (Characters.problem(one) == null) {
                shown.append(one);
            } else {
                shown.append(String.format(Locale.ROOT, "U+%04X", c));
            }
        });
        return shown.toString();
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, List<FieldViolation> violations)
            throws IOException {
        String path = request.getRequestURI();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/") || path.startsWith("/ooapi/")) {
            ApiProblem problem = ApiProblem.badRequest(
                    violations.size() == 1
                            ? "One parameter of the request is invalid; see invalidParams."
                            : violations.size() + " parameters of the request are invalid; see invalidParams.",
                    violations);
            response.setContentType("application/problem+json");
            json.writeValue(response.getWriter(), problem.body(path));
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Ongeldig verzoek"
                            + "</title></head><body><h1>Ongeldig verzoek</h1><p>Het adres bevat tekens of"
                            + " parameters die wij niet kunnen lezen. Ga terug en probeer het opnieuw.</p>"
                            + "<p><a href=\"/\">Naar de startpagina</a></p></body></html>");
        }
    }
}
