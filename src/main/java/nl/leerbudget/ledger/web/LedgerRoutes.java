package nl.leerbudget.ledger.web;

import static nl.leerbudget.identity.Role.ADVISER;
import static nl.leerbudget.identity.Role.ANALYST;
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

/** Which roles may call the ledger's routes at all; the ledger's API decides again per account. */
@Component
class LedgerRoutes implements RouteRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        String base = "/api/v1";
        // Not funders: the answer is the whole account, which a funder may not see (they deposit without seeing it).
        routes.requestMatchers(POST, base + "/learning-accounts").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, base + "/learning-accounts").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, base + "/learning-accounts/{learningAccountId}")
                .hasAnyRole(names(CITIZEN, ADVISER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/learning-accounts/{learningAccountId}/deposits")
                .hasAnyRole(names(FUNDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/accounts").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, base + "/accounts").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, base + "/accounts/{accountId}", base + "/accounts/{accountId}/statement")
                .hasAnyRole(names(CITIZEN, ADVISER, PROVIDER, FUNDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/accounts/{accountId}/top-ups").hasAnyRole(names(SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, base + "/accounts/{accountId}/usage")
                .hasAnyRole(names(FUNDER, SCHEME_ADMINISTRATOR, ANALYST));
        routes.requestMatchers(POST, base + "/accounts/{accountId}/deposit-batches")
                .hasAnyRole(names(FUNDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/holds").hasAnyRole(names(CITIZEN, ADVISER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, base + "/holds/{holdId}")
                .hasAnyRole(names(CITIZEN, ADVISER, PROVIDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/holds/{holdId}/settlements")
                .hasAnyRole(names(PROVIDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/holds/{holdId}/releases")
                .hasAnyRole(names(CITIZEN, ADVISER, PROVIDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(GET, base + "/transfers/{transferId}")
                .hasAnyRole(names(CITIZEN, ADVISER, PROVIDER, FUNDER, SCHEME_ADMINISTRATOR));
        routes.requestMatchers(POST, base + "/transfers/{transferId}/reversals")
                .hasAnyRole(names(SCHEME_ADMINISTRATOR));
    }
}
