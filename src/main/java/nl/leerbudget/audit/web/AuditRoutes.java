package nl.leerbudget.audit.web;

import static nl.leerbudget.identity.Role.AUDITOR;
import static nl.leerbudget.identity.RouteRules.names;

import nl.leerbudget.identity.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit trail and its verification are for auditors only. */
@Component
class AuditRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/audit/verification").hasAnyRole(names(AUDITOR));
        routes.requestMatchers(HttpMethod.GET, "/audit", "/audit/controle").hasAnyRole(names(AUDITOR));
        routes.requestMatchers(HttpMethod.POST, "/audit/controle").hasAnyRole(names(AUDITOR));
    }
}
