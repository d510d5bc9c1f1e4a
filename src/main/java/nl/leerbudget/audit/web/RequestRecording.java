package nl.leerbudget.audit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.leerbudget.audit.AuditEntry;
import nl.leerbudget.audit.AuditTrail;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every request an id, echoed in {@code X-Request-ID}, and records every state-changing request in the audit
 * trail once it is answered, whatever answered it: the resource or page, an exception handler or a failure. Pages
 * count as much as the API: applying, withdrawing, opening a window, reviewing and importing from a page are acts of
 * the same person as through the API, recorded with who acted, for whom (an adviser's client), and the status.
 *
 * <p>It runs around Spring Security's filter chain, so that requests the security chain itself refuses (401, 403,
 * 429) are recorded too; who asked is read afterwards from the request, where identity resolves the actor as soon
 * as the caller is authenticated.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestRecording extends OncePerRequestFilter {

    static final String HEADER = "X-Request-ID";

    /** The request attribute that carries the request id to other recordings of the same request. */
    static final String REQUEST_ID = RequestRecording.class.getName() + ".requestId";

    private static final Logger log = LoggerFactory.getLogger(RequestRecording.class);
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    /**
     * Eight or nine digits standing alone could be a BSN a client put in a path; the trail is append-only, so such
     * numbers are masked before they reach it. UUID groups never match: they stand next to hyphens.
     */
    private static final Pattern POSSIBLE_BSN = Pattern.compile("(?<![0-9A-Za-z-])[0-9]{8,9}(?![0-9A-Za-z-])");

    private final AuditTrail trail;
    private final Clock clock;

    RequestRecording(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request.getHeader(HEADER));
        request.setAttribute(REQUEST_ID, requestId);
        // Before the chain runs: once the body is written, headers can no longer be added.
        response.setHeader(HEADER, requestId);
        if (!STATE_CHANGING.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        boolean completed = false;
        try {
            chain.doFilter(request, response);
            completed = true;
        } finally {
            Actor actor = request.getAttribute(Actors.REQUEST_ATTRIBUTE) instanceof Actor resolved
                    ? resolved
                    : Actor.ANONYMOUS;
            // An exception that escapes every handler becomes a 500 after this filter has returned.
            record(actor, request, requestId, completed ? Integer.toString(response.getStatus()) : "500");
        }
    }

    private void record(Actor actor, HttpServletRequest request, String requestId, String outcome) {
        try {
            trail.append(new AuditEntry(
                    actor.userId(),
                    actor.actingFor(),
                    action(request),
                    subject(request),
                    requestId,
                    outcome,
                    clock.instant()));
        } catch (RuntimeException e) {
            // The answer has gone out and cannot be taken back; the failure must at least be seen.
            log.error(
                    "Could not record {} {} (request {}) in the audit trail",
                    request.getMethod(),
                    outcome,
                    requestId,
                    e);
        }
    }

    /** The request's id from the client when it is a sane token, else a new one. */
    static String requestId(@Nullable String given) {
        return given != null && SANE_REQUEST_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    /** The method and the route pattern that matched; the path itself only when no route matched. */
    static String action(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String route = pattern instanceof String p && p.startsWith("/") && !p.startsWith("/**")
                ? p
                : masked(request.getRequestURI());
        return clipped(request.getMethod() + " " + route, AuditEntry.MAX_ACTION);
    }

    /** The path variables as {@code name=value}, joined by commas; null when there are none. */
    static @Nullable String subject(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || variables.isEmpty()) {
            return null;
        }
        StringJoiner subject = new StringJoiner(",");
        variables.forEach((name, value) -> subject.add(name + "=" + masked(String.valueOf(value))));
        return clipped(subject.toString(), AuditEntry.MAX_SUBJECT);
    }

    static String masked(String text) {
        return POSSIBLE_BSN.matcher(text).replaceAll("*********");
    }

    static String clipped(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }
}
