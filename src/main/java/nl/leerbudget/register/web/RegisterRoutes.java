package nl.leerbudget.register.web;

import static nl.leerbudget.identity.Role.PROVIDER;
import static nl.leerbudget.identity.Role.REGISTER_REVIEWER;
import static nl.leerbudget.identity.Role.SCHEME_ADMINISTRATOR;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The register is public where it shows admitted providers and offerings; changes are for providers and reviewers. */
@Component
class RegisterRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        String base = "/api/v1";
        routes.requestMatchers(POST, base + "/providers").hasAnyRole(names(PROVIDER, REGISTER_REVIEWER));
        routes.requestMatchers(
                        GET,
                        base + "/providers/{providerId}",
                        base + "/offerings/{offeringId}",
                        base + "/offerings/{offeringId}/versions/{version}")
                .permitAll();
        routes.requestMatchers(POST, base + "/providers/{providerId}/status-decisions")
                .hasAnyRole(names(REGISTER_REVIEWER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/providers/{providerId}/offerings")
                .hasAnyRole(names(PROVIDER, REGISTER_REVIEWER));
        routes.requestMatchers(PUT, base + "/offerings/{offeringId}").hasAnyRole(names(PROVIDER, REGISTER_REVIEWER));
        routes.requestMatchers(GET, base + "/review-queue").hasAnyRole(names(REGISTER_REVIEWER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/offerings/{offeringId}/decisions")
                .hasAnyRole(names(REGISTER_REVIEWER, SCHEME_ADMINISTRATOR));
    }
}
