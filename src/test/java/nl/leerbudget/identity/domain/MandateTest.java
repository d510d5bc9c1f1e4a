package nl.leerbudget.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MandateTest {

    private static final Instant FROM = Instant.parse("2027-01-01T09:00:00Z");
    private static final Instant UNTIL = FROM.plus(Duration.ofDays(30));

    @Test
    void countsFromItsStartUpToButNotIncludingItsEnd() {
        Mandate mandate = mandate(false, null);

        assertThat(mandate.activeAt(FROM.minusNanos(1000))).isFalse();
        assertThat(mandate.activeAt(FROM)).isTrue();
        assertThat(mandate.activeAt(UNTIL.minusNanos(1000))).isTrue();
        assertThat(mandate.activeAt(UNTIL)).isFalse();
    }

    @Test
    void aRevokedMandateNoLongerCounts() {
        Mandate mandate = mandate(true, FROM.plus(Duration.ofDays(1)));

        assertThat(mandate.activeAt(FROM.plus(Duration.ofDays(2)))).isFalse();
        assertThat(mandate.allowsBookingAt(FROM.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void allowsBookingOnlyWithTheBookingScopeAndWhileActive() {
        Mandate books = mandate(true, null);
        Mandate prepares = mandate(false, null);

        assertThat(books.allowsBookingAt(FROM)).isTrue();
        assertThat(books.allowsBookingAt(UNTIL)).as("ended").isFalse();
        assertThat(books.allowsBookingAt(FROM.minusSeconds(1)))
                .as("not yet begun")
                .isFalse();
        assertThat(prepares.allowsBookingAt(FROM)).isFalse();
    }

    @Test
    void endsAfterItStarts() {
        assertThatThrownBy(() -> new Mandate(
                        UUID.randomUUID(),
                        new PersonId(UUID.randomUUID()),
                        UUID.randomUUID(),
                        FROM,
                        FROM,
                        false,
                        null,
                        FROM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Mandate mandate(boolean allowsBooking, @Nullable Instant revokedAt) {
        return new Mandate(
                UUID.randomUUID(),
                new PersonId(UUID.randomUUID()),
                UUID.randomUUID(),
                FROM,
                UNTIL,
                allowsBooking,
                revokedAt,
                FROM);
    }
}
