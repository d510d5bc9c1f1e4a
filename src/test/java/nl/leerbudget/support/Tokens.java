package nl.leerbudget.support;

import java.time.Duration;
import java.time.Instant;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.domain.Pseudonyms;
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
        return token(new Pseudonyms(properties.pseudonymKeyBytes()).pairwise(properties.sector(), username));
    }

    /** A token for an API client (client credentials keep the client id as subject). */
    public String ofClient(String clientId) {
        return token(clientId);
    }

    private String token(String subject) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.devIssuer())
                .subject(subject)
                .audience(java.util.List.of("leerbudget-web"))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(10)))
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
