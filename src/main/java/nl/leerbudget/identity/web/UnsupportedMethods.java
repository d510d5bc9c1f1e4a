package nl.leerbudget.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The rule for an API request that no module's route rule matched: closed, except when the path is a route that
 * exists and only the method is not one of its methods. That request is let through so that Spring MVC answers it
 * with 405 and an {@code Allow} header (RFC 9110 §15.5.6) instead of a 403 that would suggest the caller lacks a
 * permission. It reveals only what the published OpenAPI document says anyway.
 */
final class UnsupportedMethods implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnsupportedMethods(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends @Nullable Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(methodNotSupported(context.getRequest()));
    }

    private boolean methodNotSupported(HttpServletRequest request) {
        // The lookup leaves its findings as request attributes; it gets attributes of its own so that none stay.
        HttpServletRequest lookup = new OwnAttributes(request);
        ServletRequestPathUtils.parseAndCache(lookup);
        try {
            mappings.getObject().getHandler(lookup);
            return false;
        } catch (HttpRequestMethodNotSupportedException e) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, @Nullable Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, @Nullable Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
