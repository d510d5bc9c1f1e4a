package nl.leerbudget.register.web;

import static nl.leerbudget.identity.Role.PROVIDER;
import static nl.leerbudget.identity.Role.REGISTER_REVIEWER;
import static nl.leerbudget.identity.Role.SCHEME_ADMINISTRATOR;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class RegisterPageRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/aanbieder").hasAnyRole(names(PROVIDER));
        routes.requestMatchers(POST, "/aanbieder/ooapi-import").hasAnyRole(names(PROVIDER));
        routes.requestMatchers(GET, "/aanbieder/opleidingen/{offeringId}/vaardigheden")
                .hasAnyRole(names(PROVIDER));
        routes.requestMatchers(POST, "/aanbieder/opleidingen/{offeringId}/vaardigheden")
                .hasAnyRole(names(PROVIDER));
        routes.requestMatchers(GET, "/beoordelen").hasAnyRole(names(REGISTER_REVIEWER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, "/beoordelen/{offeringId}")
                .hasAnyRole(names(REGISTER_REVIEWER, SCHEME_ADMINISTRATOR));
    }
}
