package nl.leerbudget.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.Assurance;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.RouteRules;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.ApiVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * The application's security: OpenID Connect login in the browser (authorization code flow with PKCE, nonce, state
 * and acr_values), bearer tokens for the API, each module's route rules, problem details for API failures, CSRF
 * protection of forms, the security headers of the NL API Design Rules, and a limit on writes per user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    /** The level of assurance asked of the identity provider; citizens need "substantial" to spend (NL GOV). */
    static final String ACR_VALUES = Assurance.SUBSTANTIAL.acr();

    @Bean
    @Order(10)
    @ConditionalOnWebApplication
    SecurityFilterChain application(
            HttpSecurity http,
            List<RouteRules> moduleRules,
            Logins logins,
            ClientRegistrationRepository registrations,
            Actors actors,
            Clock clock,
            IdentityProperties properties,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher bearer = request -> hasBearerToken(request);
        // CSRF abuses ambient credentials; an API request without a session cookie carries none, so it needs no
        // token and, unauthenticated, gets its 401.
        RequestMatcher apiWithoutSession = request -> api.matches(request) && request.getRequestedSessionId() == null;
        http.authorizeHttpRequests(routes -> {
                    routes.requestMatchers(
                                    "/",
                                    "/error",
                                    "/css/**",
                                    "/favicon.ico",
                                    "/actuator/health",
                                    "/actuator/health/**",
                                    "/actuator/info")
                            .permitAll();
                    routes.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.yaml")
                            .permitAll();
                    moduleRules.forEach(rules -> rules.authorize(routes));
                    routes.requestMatchers(api).access(new UnsupportedMethods(mappings));
                    routes.anyRequest().authenticated();
                })
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + DevIdentityProvider.REGISTRATION)
                        .authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(authorizationRequests(registrations)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(logins::loadUser))
                        .defaultSuccessUrl("/start", true))
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(logins::fromJwt))
                        .authenticationEntryPoint(ProblemResponses.unauthenticated()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(ProblemResponses.unauthenticated(), api)
                        .defaultAccessDeniedHandlerFor(ProblemResponses.forbidden(actors), api)
                        .defaultAccessDeniedHandlerFor(refusedPage(actors), AnyRequestMatcher.INSTANCE))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer, apiWithoutSession))
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"))
                .headers(SecurityConfiguration::securityHeaders)
                .addFilterBefore(new ActorResolution(actors), AuthorizationFilter.class)
                .addFilterAfter(new WriteLimit(actors, clock, properties), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A request the security firewall refuses (an encoded percent sign, slash or control character in the path, a
     * header value it does not accept): 400 with problem details instead of the server's error page.
     */
    @Bean
    RequestRejectedHandler requestRejected(ObjectMapper json) {
        return (request, response, rejected) -> {
            String path = request.getRequestURI();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            if (path.startsWith("/api/")) {
                response.setHeader(ApiVersion.HEADER, ApiVersion.VERSION);
            }
            json.writeValue(
                    response.getWriter(),
                    ApiProblem.badRequest(
                                    "The request cannot be accepted: its path or headers contain characters or"
                                            + " sequences that are not allowed.",
                                    java.util.List.of())
                            .body(path));
        };
    }

    /**
     * The security headers of the NL API Design Rules on every response: besides Spring Security's defaults
     * (no-store, nosniff, DENY), a content security policy that forbids framing, and HSTS even behind a proxy that
     * ends TLS.
     */
    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .includeSubDomains(true)
                        .maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Referrer-Policy", "no-referrer"));
    }

    /** Adds PKCE (S256) and the level of assurance to every authorization request; nonce and state are standard. */
    private static OAuth2AuthorizationRequestResolver authorizationRequests(
            ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request ->
                        request.additionalParameters(parameters -> parameters.put("acr_values", ACR_VALUES))));
        return resolver;
    }

    /**
     * A page refused to the caller's role (or a form without its CSRF token): recorded for the audit trail as the
     * API's refusals are, then answered with the Dutch error page and status 403.
     */
    private static AccessDeniedHandler refusedPage(Actors actors) {
        return (request, response, exception) -> {
            actors.refuse("route", request.getMethod() + " " + request.getRequestURI());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        };
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
