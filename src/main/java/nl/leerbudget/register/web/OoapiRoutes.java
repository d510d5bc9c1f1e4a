package nl.leerbudget.register.web;

import static nl.leerbudget.identity.Role.PROVIDER;
import static nl.leerbudget.identity.Role.REGISTER_REVIEWER;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The OOAPI view of admitted offerings is public, like the register itself; importing is for a provider's staff
 * (their own provider only, checked again in the import) and for reviewers.
 */
@Component
class OoapiRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(POST, "/api/v1/providers/{providerId}/ooapi-imports")
                .hasAnyRole(names(PROVIDER, REGISTER_REVIEWER));
        String base = "/ooapi/v5";
        routes.requestMatchers(
                        GET,
                        base + "/courses",
                        base + "/courses/{courseId}",
                        base + "/courses/{courseId}/offerings",
                        base + "/offerings",
                        base + "/offerings/{offeringId}",
                        base + "/organizations/{organizationId}")
                .permitAll();
    }
}
