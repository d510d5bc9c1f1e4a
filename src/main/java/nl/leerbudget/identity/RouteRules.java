package nl.leerbudget.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's rules for its HTTP routes: which roles may call which route at all. Every module with REST resources
 * contributes one; a route under /api without a rule is closed. Which of the records behind a route an actor may
 * see or change is decided again in the module's API.
 */
public interface RouteRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

    /** The Spring Security role names of roles, for {@code hasAnyRole}. */
    static String[] names(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
