package nl.leerbudget.support;

import java.time.Duration;
import java.time.Instant;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.domain.Pseudonyms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Access tokens for demo users, signed with the development identity provider's key, exactly as it would issue
 * them after a login (issuer, pairwise subject); so that API tests act as any role without driving a browser.
 */
public final class Tokens {

    private final JwtEncoder encoder;
    private final IdentityProperties properties;

    public Tokens(JwtEncoder encoder, IdentityProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
    }

    public String of(String username) {
        return of(username, "http://eidas.europa.eu/LoA/substantial");
    }

    /** A token for a demo user whose login had the given level of assurance ({@code acr}). */
    public String of(String username, String acr) {
        return token(new Pseudonyms(properties.pseudonymKeyBytes()).pairwise(properties.sector(), username), acr);
    }

    /** A token for an API client (client credentials keep the client id as subject). */
    public String ofClient(String clientId) {
        return token(clientId, null);
    }

    private String token(String subject, @Nullable String acr) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.devIssuer())
                .subject(subject)
                .audience(java.util.List.of("leerbudget-web"))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(10)))
                .claims(all -> {
                    all.put("scope", java.util.List.of("openid", "profile"));
                    if (acr != null) {
                        all.put("acr", acr);
                    }
                })
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
