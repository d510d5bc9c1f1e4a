package nl.leerbudget.identity.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Bearer tokens whose signature has been checked, so that a client calling many times with one token pays for the
 * RSA check once, not on every request. The token's claims are still validated on every request (issuer, expiry and
 * not-before against the clock, access tokens only), so a remembered token stops working the moment it expires. Only
 * tokens whose signature checked out are remembered, by their exact text; a token that fails is checked again next
 * time (and fails again).
 */
final class VerifiedTokens implements JwtDecoder {

    /**
     * How many tokens an instance remembers (each about 2 KB with its claims) and for how long: longer than an access
     * token lives, so that a token is checked once in its life as long as it is in use.
     */
    static final int REMEMBERED_TOKENS = 50_000;

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);

    private final JwtDecoder signatureCheck;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /**
     * @param signatureCheck parses the token and checks its signature, without validating its claims
     * @param validator what every request checks of the claims
     */
    VerifiedTokens(JwtDecoder signatureCheck, OAuth2TokenValidator<Jwt> validator) {
        this.signatureCheck = signatureCheck;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(REMEMBERED_TOKENS)
                .expireAfterWrite(REMEMBERED_FOR)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token, signatureCheck::decode);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors());
        }
        return jwt;
    }
}
