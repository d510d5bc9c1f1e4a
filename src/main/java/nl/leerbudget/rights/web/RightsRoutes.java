package nl.leerbudget.rights.web;

import static nl.leerbudget.identity.Role.ADVISER;
import static nl.leerbudget.identity.Role.CITIZEN;
import static nl.leerbudget.identity.Role.SCHEME_ADMINISTRATOR;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class RightsRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/api/v1/people/{personId}/learning-right")
                .hasAnyRole(names(CITIZEN, ADVISER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, "/api/v1/people/{personId}/education-history")
                .hasAnyRole(names(CITIZEN, ADVISER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(PUT, "/api/v1/people/{personId}/education-history")
                .hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, "/api/v1/education-histories").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, "/mijn-leerrecht").hasAnyRole(names(CITIZEN, ADVISER));
    }
}
