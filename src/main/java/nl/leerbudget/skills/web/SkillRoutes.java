package nl.leerbudget.skills.web;

import static org.springframework.http.HttpMethod.GET;

import nl.leerbudget.identity.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The skills pages are open to everyone, as the catalogue is; what an offering costs shows only to a citizen. */
@Component
class SkillRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(GET, "/vaardigheden", "/vaardigheden/{occupationId}")
                .permitAll();
    }
}
