package nl.leerbudget.overview.web;

import static nl.leerbudget.identity.Role.ADVISER;
import static nl.leerbudget.identity.Role.CITIZEN;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class OverviewRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/api/v1/financing-plans", "/api/v1/overview", "/api/v1/overview/statement")
                .hasAnyRole(names(CITIZEN, ADVISER));
        // Every logged-in user may ask for the overview page: staff, who have no budgets, are sent to their own start.
        routes.requestMatchers(GET, "/overzicht", "/overzicht/afschrift.csv").authenticated();
        routes.requestMatchers(GET, "/opleidingen/{offeringId}/wat-kost-dit-mij")
                .hasAnyRole(names(CITIZEN, ADVISER));
    }
}
