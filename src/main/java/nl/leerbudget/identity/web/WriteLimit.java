package nl.leerbudget.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.IdentityProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits state-changing API requests per user with a token bucket (refilled evenly over a minute), so that a
 * hijacked account or a runaway script cannot drain budgets or flood the ledger. Over the limit the answer is 429
 * with a Retry-After header. Counted per instance.
 */
class WriteLimit extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Actors actors;
    private final Clock clock;
    private final int perMinute;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    WriteLimit(Actors actors, Clock clock, IdentityProperties properties) {
        this.actors = actors;
        this.clock = clock;
        this.perMinute = properties.writesPerMinute();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor actor = actors.current();
        if (!actor.isAnonymous()) {
            TokenBucket bucket =
                    buckets.computeIfAbsent(actor.userId(), id -> new TokenBucket(perMinute, clock.millis()));
            if (!bucket.take(clock.millis())) {
                response.setHeader("Retry-After", "60");
                ProblemResponses.write(
                        response,
                        429,
                        "Too many requests",
                        "Too many changes in a short time. Wait a minute and try again.");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
