package nl.leerbudget.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every API response carries the full version number of the API (NL API Design Rules, /core/version-header). */
@Component
class ApiVersionHeader extends OncePerRequestFilter {

    static final String NAME = "API-Version";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/api/v1")) {
            response.setHeader(NAME, OpenApiDocument.VERSION);
        }
        chain.doFilter(request, response);
    }
}
