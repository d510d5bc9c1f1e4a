package nl.leerbudget.funding.web;

import static nl.leerbudget.identity.Role.FUNDER;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class FundingRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/financier/storten", "/financier/bestanden/{id}", "/financier/relaties")
                .hasAnyRole(names(FUNDER));
        routes.requestMatchers(GET, "/financier/gebruik", "/financier/gebruik.csv")
                .hasAnyRole(names(FUNDER));
        routes.requestMatchers(
                        POST,
                        "/financier/storten/een-persoon",
                        "/financier/bestanden",
                        "/financier/bestanden/{id}/bevestigen",
                        "/financier/periodiek",
                        "/financier/automatisch-goedkeuren",
                        "/financier/relaties")
                .hasAnyRole(names(FUNDER));
        routes.requestMatchers(POST, "/api/v1/funders/{funderId}/deposit-files").hasAnyRole(names(FUNDER));
        routes.requestMatchers(POST, "/api/v1/funders/{funderId}/deposit-files/{fileId}/confirmation")
                .hasAnyRole(names(FUNDER));
        routes.requestMatchers(GET, "/api/v1/funders/{funderId}/relations").hasAnyRole(names(FUNDER));
        routes.requestMatchers(POST, "/api/v1/funders/{funderId}/relations").hasAnyRole(names(FUNDER));
        routes.requestMatchers(GET, "/api/v1/funders/{funderId}/usage-report").hasAnyRole(names(FUNDER));
        routes.requestMatchers(GET, "/api/v1/funders/{funderId}/periodic-deposits")
                .hasAnyRole(names(FUNDER));
        routes.requestMatchers(POST, "/api/v1/funders/{funderId}/periodic-deposits")
                .hasAnyRole(names(FUNDER));
        routes.requestMatchers(PUT, "/api/v1/funders/{funderId}/cofinancing-rule")
                .hasAnyRole(names(FUNDER));
    }
}
