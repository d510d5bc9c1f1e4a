package nl.leerbudget.monitoring.web;

import static nl.leerbudget.identity.Role.ANALYST;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class MonitoringRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/statistiek", "/statistiek/gebruik-naar-opleidingsniveau.csv")
                .hasAnyRole(names(ANALYST));
    }
}
