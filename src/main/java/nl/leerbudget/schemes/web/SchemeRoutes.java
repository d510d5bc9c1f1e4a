package nl.leerbudget.schemes.web;

import static nl.leerbudget.identity.Role.ADVISER;
import static nl.leerbudget.identity.Role.CITIZEN;
import static nl.leerbudget.identity.Role.PROVIDER;
import static nl.leerbudget.identity.Role.SCHEME_ADMINISTRATOR;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class SchemeRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/api/v1/schemes", "/api/v1/schemes/{schemeId}/versions/{version}")
                .permitAll();
        routes.requestMatchers(POST, "/api/v1/schemes").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, "/api/v1/applicant-facts").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, "/api/v1/scheme-windows", "/api/v1/scheme-windows/{windowId}")
                .permitAll();
        routes.requestMatchers(POST, "/api/v1/scheme-windows").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, "/api/v1/scheme-windows/{windowId}/closing")
                .hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(
                        POST,
                        "/api/v1/scheme-windows/{windowId}/eligibility-checks",
                        "/api/v1/scheme-windows/{windowId}/applications")
                .hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(GET, "/api/v1/scheme-applications").hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(GET, "/api/v1/scheme-applications/{applicationId}")
                .hasAnyRole(names(CITIZEN, ADVISER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(
                        POST,
                        "/api/v1/scheme-applications/{applicationId}/start-confirmations",
                        "/api/v1/scheme-applications/{applicationId}/start-cancellations")
                .hasAnyRole(names(PROVIDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, "/api/v1/scheme-applications/{applicationId}/withdrawals")
                .hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(POST, "/api/v1/scheme-lapse-runs").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(
                        GET,
                        "/api/v1/payout-runs",
                        "/api/v1/payout-runs/{payoutRunId}",
                        "/api/v1/payout-runs/{payoutRunId}/file")
                .hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, "/api/v1/payout-runs").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, "/regelingen", "/regelingen/{windowId}").hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(POST, "/regelingen/{windowId}", "/regelingen/aanvragen/{applicationId}/intrekking")
                .hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(GET, "/beheer/regelingen", "/beheer/regelingen/tijdvakken/{windowId}")
                .hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(
                        POST,
                        "/beheer/regelingen",
                        "/beheer/regelingen/tijdvakken",
                        "/beheer/regelingen/tijdvakken/{windowId}/sluiting",
                        "/beheer/uitbetalingen")
                .hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, "/beheer/uitbetalingen", "/beheer/uitbetalingen/{payoutRunId}/bestand")
                .hasAnyRole(names(SCHEME_ADMINISTRATOR));
    }
}
