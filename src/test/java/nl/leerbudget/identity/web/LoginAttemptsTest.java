package nl.leerbudget.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

class LoginAttemptsTest {

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void fail(String username) throws Exception {
        var request = new MockHttpServletRequest("POST", "/inloggen");
        request.setParameter("username", username);
        var response = new MockHttpServletResponse();
        attempts.onAuthenticationFailure(request, response, new BadCredentialsException("bad"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/inloggen?mislukt");
    }

    @Test
    void blocksAUserNameAfterFiveFailuresWithinTheWindow() throws Exception {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            fail("fatima");
        }
        assertThat(attempts.blocked("fatima")).isFalse();

        fail("Fatima ");

        assertThat(attempts.blocked("fatima")).isTrue();
        assertThat(attempts.blocked("jan")).isFalse();
    }

    @Test
    void unblocksOnceTheWindowHasPassed() throws Exception {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            fail("jan");
        }

        now = now.plus(LoginAttempts.WINDOW).plus(Duration.ofSeconds(1));

        assertThat(attempts.blocked("jan")).isFalse();
    }
}
