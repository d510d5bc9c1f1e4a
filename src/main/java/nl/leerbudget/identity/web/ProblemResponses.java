package nl.leerbudget.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.platform.web.ApiVersion;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Authentication and authorisation failures of the API as RFC 9457 problems, with generic texts. */
final class ProblemResponses {

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, 401, "Unauthorized", "Log in, or send a valid bearer token.");
        };
    }

    /** A route refused to the caller's role; the refusal is published for the audit trail. */
    static AccessDeniedHandler forbidden(Actors actors) {
        return (request, response, exception) -> {
            actors.refuse("route", request.getMethod() + " " + request.getRequestURI());
            write(response, 403, "Forbidden", "You may not do this.");
        };
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(ApiVersion.HEADER, ApiVersion.VERSION);
        response.getWriter()
                .write("{\"type\":\"https://leerbudget.nl/problems/"
                        + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "\",\"status\":" + status
                        + ",\"title\":\"" + title + "\",\"detail\":\"" + detail + "\"}");
    }
}
