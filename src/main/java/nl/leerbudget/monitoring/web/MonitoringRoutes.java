package nl.leerbudget.monitoring.web;

import static nl.leerbudget.identity.Role.ANALYST;
import static nl.leerbudget.identity.Role.REGISTER_REVIEWER;
import static nl.leerbudget.identity.Role.SCHEME_ADMINISTRATOR;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The statistics pages are the analysts' working view; the same protected tables are open data for everyone through
 * the API (ADR 0022). The signals of misuse are for register reviewers and scheme administrators; suspending a
 * provider is for register reviewers only, as in the register.
 */
@Component
class MonitoringRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/statistiek", "/statistiek/{name}").hasAnyRole(names(ANALYST));
        routes.requestMatchers(GET, "/api/v1/statistics", "/api/v1/statistics/{name}")
                .permitAll();
        routes.requestMatchers(GET, "/signalen").hasAnyRole(names(REGISTER_REVIEWER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, "/signalen/uitbetalingen-vasthouden", "/signalen/uitbetalingen-vrijgeven")
                .hasAnyRole(names(REGISTER_REVIEWER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, "/signalen/aanbieder-schorsen").hasAnyRole(names(REGISTER_REVIEWER));
    }
}
