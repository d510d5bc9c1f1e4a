package nl.leerbudget.simulation.web;

import static nl.leerbudget.identity.Role.ANALYST;
import static nl.leerbudget.identity.RouteRules.names;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The simulator's pages are for analysts only. */
@Component
class SimulationRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        GET,
                        "/simulaties",
                        "/simulaties/{runId}",
                        "/simulaties/{runId}/kosten.csv",
                        "/simulaties/{runId}/bereik.csv")
                .hasAnyRole(names(ANALYST));
        routes.requestMatchers(POST, "/simulaties").hasAnyRole(names(ANALYST));
    }
}
