package nl.leerbudget.identity.web;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** What the API accepts as a bearer token beyond signature, issuer and expiry. */
final class BearerTokens {

    private BearerTokens() {}

    /**
     * Access tokens only: an ID token (which has a nonce, and for citizens the BSN, and no scope) is for the relying
     * party's login, never a key to the API.
     */
    static OAuth2TokenValidator<Jwt> accessTokensOnly() {
        return jwt -> {
            boolean idToken = jwt.hasClaim("nonce") || jwt.hasClaim(Logins.BSN_CLAIM) || !jwt.hasClaim("scope");
            return idToken
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not an access token", null))
                    : OAuth2TokenValidatorResult.success();
        };
    }
}
