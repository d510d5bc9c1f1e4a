package nl.leerbudget.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing at the development identity provider: after {@value #MAX_FAILURES} failed attempts for
 * a user name within {@link #WINDOW}, further attempts fail without checking the password until the window has
 * passed. Every failure gets the same generic message, so an attacker learns nothing about which users exist or are
 * blocked. Counted per instance; an external identity provider does its own limiting in production.
 */
@Component
class LoginAttempts implements AuthenticationFailureHandler {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        if (username != null) {
            Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
            synchronized (recent) {
                prune(recent);
                recent.addLast(clock.instant());
            }
        }
        response.sendRedirect(request.getContextPath() + "/inloggen?mislukt");
    }

    AuthenticationSuccessHandler onSuccess() {
        var redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            failures.remove(key(authentication.getName()));
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
