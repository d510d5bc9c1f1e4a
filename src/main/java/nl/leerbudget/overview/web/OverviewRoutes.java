package nl.leerbudget.overview.web;

import static nl.leerbudget.identity.Role.ADVISER;
import static nl.leerbudget.identity.Role.CITIZEN;
import static nl.leerbudget.identity.Role.FUNDER;
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
        routes.requestMatchers(POST, "/api/v1/bookings").hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(GET, "/api/v1/bookings").hasAnyRole(names(CITIZEN, ADVISER, PROVIDER));
        routes.requestMatchers(GET, "/api/v1/bookings/{bookingId}")
                .hasAnyRole(names(CITIZEN, ADVISER, PROVIDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(
                        POST,
                        "/api/v1/bookings/{bookingId}/confirmations",
                        "/api/v1/bookings/{bookingId}/cancellations")
                .hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(
                        POST,
                        "/api/v1/bookings/{bookingId}/acceptances",
                        "/api/v1/bookings/{bookingId}/declines",
                        "/api/v1/bookings/{bookingId}/starts",
                        "/api/v1/bookings/{bookingId}/early-stops",
                        "/api/v1/bookings/{bookingId}/no-shows",
                        "/api/v1/bookings/{bookingId}/completions")
                .hasAnyRole(names(PROVIDER));
        routes.requestMatchers(GET, "/api/v1/cofinancing-requests").hasAnyRole(names(CITIZEN, ADVISER, FUNDER));
        routes.requestMatchers(POST, "/api/v1/cofinancing-requests").hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers(
                        POST,
                        "/api/v1/cofinancing-requests/{id}/approvals",
                        "/api/v1/cofinancing-requests/{id}/declines")
                .hasAnyRole(names(FUNDER));
        routes.requestMatchers(POST, "/opleidingen/{offeringId}/bijbetalen").hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers("/financier/verzoeken", "/financier/verzoeken/**")
                .hasAnyRole(names(FUNDER));
        routes.requestMatchers(POST, "/opleidingen/{offeringId}/boeken").hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers("/boekingen", "/boekingen/**").hasAnyRole(names(CITIZEN, ADVISER));
        routes.requestMatchers("/aanbieder/boekingen", "/aanbieder/boekingen/**")
                .hasAnyRole(names(PROVIDER));
    }
}
