package nl.leerbudget.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.leerbudget.identity.Actors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the actor (with an adviser's mandate) as soon as the caller is authenticated, before authorisation can
 * refuse the request, so that filters around the security chain — the audit trail's — know who asked.
 */
class ActorResolution extends OncePerRequestFilter {

    private final Actors actors;

    ActorResolution(Actors actors) {
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        actors.current();
        chain.doFilter(request, response);
    }
}
