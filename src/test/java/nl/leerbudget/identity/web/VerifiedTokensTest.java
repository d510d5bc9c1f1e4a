package nl.leerbudget.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2027-03-01T09:00:00Z");

    private final List<String> signatureChecks = new ArrayList<>();
    private final TestClock clock = new TestClock();

    VerifiedTokensTest() {
        clock.set(ISSUED.plusSeconds(10));
    }

    private VerifiedTokens tokens() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        return new VerifiedTokens(
                token -> {
                    signatureChecks.add(token);
                    if (token.startsWith("forged")) {
                        throw new BadJwtException("Signed JWT rejected: Invalid signature");
                    }
                    return Jwt.withTokenValue(token)
                            .header("alg", "RS256")
                            .subject("person-1")
                            .issuedAt(ISSUED)
                            .expiresAt(ISSUED.plus(Duration.ofMinutes(5)))
                            .build();
                },
                timestamps);
    }

    @Test
    void checksTheSignatureOfATokenOnceHoweverOftenItIsUsed() {
        VerifiedTokens tokens = tokens();

        for (int i = 0; i < 5; i++) {
            assertThat(tokens.decode("token-a").getSubject()).isEqualTo("person-1");
        }
        tokens.decode("token-b");

        assertThat(signatureChecks).containsExactly("token-a", "token-b");
    }

    @Test
    void refusesARememberedTokenOnceItHasExpired() {
        VerifiedTokens tokens = tokens();
        tokens.decode("token-a");

        clock.set(ISSUED.plus(Duration.ofMinutes(6)));

        assertThatThrownBy(() -> tokens.decode("token-a"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void doesNotRememberATokenWhoseSignatureFailed() {
        VerifiedTokens tokens = tokens();

        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);

        assertThat(signatureChecks).containsExactly("forged-token", "forged-token");
    }
}
