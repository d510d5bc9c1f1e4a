package nl.leerbudget.identity.web;

import static nl.leerbudget.identity.Role.ADVISER;
import static nl.leerbudget.identity.Role.CITIZEN;
import static nl.leerbudget.identity.Role.SCHEME_ADMINISTRATOR;
import static nl.leerbudget.identity.RouteRules.names;

import nl.leerbudget.identity.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class IdentityRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated();
        routes.requestMatchers(HttpMethod.POST, "/api/v1/people").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(HttpMethod.GET, "/api/v1/people/{personId}")
                .hasAnyRole(names(CITIZEN, ADVISER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(HttpMethod.POST, "/api/v1/benefit-facts").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(HttpMethod.GET, "/api/v1/mandates").hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(HttpMethod.POST, "/api/v1/mandates").hasAnyRole(names(CITIZEN));
        routes.requestMatchers(HttpMethod.DELETE, "/api/v1/mandates/{mandateId}")
                .hasAnyRole(names(CITIZEN));
        routes.requestMatchers(HttpMethod.GET, "/machtigingen").hasAnyRole(names(CITIZEN));
        routes.requestMatchers(HttpMethod.POST, "/machtigingen", "/machtigingen/{mandateId}/intrekking")
                .hasAnyRole(names(CITIZEN));
        routes.requestMatchers(HttpMethod.GET, "/adviseur").hasAnyRole(names(ADVISER));
        routes.requestMatchers(HttpMethod.POST, "/adviseur/werken-voor/{personId}", "/adviseur/stoppen")
                .hasAnyRole(names(ADVISER));
    }
}
