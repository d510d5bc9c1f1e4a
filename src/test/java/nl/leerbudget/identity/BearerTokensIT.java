package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.leerbudget.identity.domain.Pseudonyms;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Only valid access tokens open the API: not ID tokens, not expired tokens, not tokens of another issuer. */
@IntegrationTest
class BearerTokensIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Test
    void aValidAccessTokenOpensTheApi() {
        assertThat(new Api(port)
                        .as(new Tokens(encoder, properties).of("fatima"))
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anIdTokenIsNoKeyToTheApi() {
        String idToken = token(
                properties.devIssuer(),
                Instant.now().plusSeconds(600),
                Map.of("nonce", "n-0S6_WzA2Mj", "bsn", "999991000", "aud", List.of("leerbudget-web")));

        assertThat(new Api(port).as(idToken).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired =
                token(properties.devIssuer(), Instant.now().minusSeconds(600), Map.of("scope", List.of("openid")));

        assertThat(new Api(port).as(expired).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String foreign =
                token("https://elsewhere.example", Instant.now().plusSeconds(600), Map.of("scope", List.of("openid")));

        assertThat(new Api(port).as(foreign).get("/api/v1/me").status()).isEqualTo(401);
    }

    private String token(String issuer, Instant expiresAt, Map<String, Object> claims) {
        Instant issued = expiresAt.minus(Duration.ofMinutes(20));
        JwtClaimsSet set = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(new Pseudonyms(properties.pseudonymKeyBytes()).pairwise(properties.sector(), "fatima"))
                .issuedAt(issued)
                .expiresAt(expiresAt)
                .claims(all -> all.putAll(claims))
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), set))
                .getTokenValue();
    }
}
