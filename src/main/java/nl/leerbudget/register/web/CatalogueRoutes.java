package nl.leerbudget.register.web;

import static org.springframework.http.HttpMethod.GET;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The public catalogue, its API and its pages, is open to everyone, without logging in. */
@Component
class CatalogueRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/api/v1/catalogue", "/opleidingen", "/opleidingen/{offeringId}")
                .permitAll();
    }
}
