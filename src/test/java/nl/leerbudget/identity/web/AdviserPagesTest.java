package nl.leerbudget.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.MandateView;
import nl.leerbudget.identity.Role;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AdviserPagesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final PersonId DEMI = new PersonId(UUID.randomUUID());
    private static final PersonId ANNA = new PersonId(UUID.randomUUID());

    @Test
    void listsOnlyThePeopleWhoseMandateCountsNowByName() {
        List<AdviserPages.Client> clients = AdviserPages.clients(
                List.of(
                        mandate(DEMI, "Demi Smit", 30, false, true),
                        mandate(ANNA, "Anna de Wit", 30, true, true),
                        mandate(new PersonId(UUID.randomUUID()), "Bas Revoked", 30, true, false)),
                null);

        assertThat(clients).extracting(AdviserPages.Client::name).containsExactly("Anna de Wit", "Demi Smit");
        assertThat(clients).extracting(AdviserPages.Client::allowsBooking).containsExactly(true, false);
        assertThat(clients).noneMatch(AdviserPages.Client::current);
    }

    @Test
    void twoMandatesOfOnePersonAreOneLineWithTheLatestEndAndBookingIfEitherAllowsIt() {
        List<AdviserPages.Client> clients = AdviserPages.clients(
                List.of(mandate(DEMI, "Demi Smit", 10, true, true), mandate(DEMI, "Demi Smit", 90, false, true)), DEMI);

        assertThat(clients).singleElement().satisfies(client -> {
            assertThat(client.validUntil()).isEqualTo(NOW.plus(Duration.ofDays(90)));
            assertThat(client.allowsBooking()).isTrue();
            assertThat(client.current()).isTrue();
        });
    }

    @Test
    void theUntilDateReadsTheDutchWayInTheNetherlands() {
        var client = new AdviserPages.Client(DEMI, "Demi Smit", Instant.parse("2027-05-31T22:30:00Z"), false, false);

        assertThat(client.until()).isEqualTo("1 juni 2027");
    }

    @Test
    void anAdviserIsLedToThePageWhereTheyChooseForWhomTheyWorkAndACitizenToTheirMandates() {
        Map<String, String> adviser = new LinkedHashMap<>();
        Map<String, String> citizen = new LinkedHashMap<>();

        Navigation.pages(Role.ADVISER, adviser);
        Navigation.pages(Role.CITIZEN, citizen);

        assertThat(adviser.keySet()).first().isEqualTo("/adviseur");
        assertThat(adviser).doesNotContainKey("/machtigingen");
        assertThat(citizen).containsEntry("/machtigingen", "Machtigingen").doesNotContainKey("/adviseur");
    }

    private static MandateView mandate(PersonId citizen, String name, int days, boolean booking, boolean active) {
        @Nullable Instant revoked = active ? null : NOW.minusSeconds(60);
        return new MandateView(
                UUID.randomUUID(),
                citizen,
                name,
                UUID.randomUUID(),
                "Ahmed Yilmaz",
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(days)),
                booking,
                revoked,
                active);
    }
}
