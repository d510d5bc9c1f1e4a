package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/** Benefit facts as UWV and the municipalities deliver them, through POST /api/v1/benefit-facts. */
@IntegrationTest
class BenefitFactsIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    PersonRegistry registry;

    @Autowired
    Users users;

    @Autowired
    BenefitFacts benefits;

    @Autowired
    JdbcClient jdbc;

    Api agency;
    Tokens tokens;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(encoder, properties);
        agency = new Api(port).as(tokens.of("els"));
        SystemActor.install();
    }

    @AfterEach
    void tearDown() {
        SystemActor.clear();
    }

    @Test
    void aDeliveryIsImportedOnceAndSaysWhoReceivesABenefitOnWhichDay() {
        String known = TestPeople.randomBsn();
        PersonId person = registry.register(known, "Bijstand ontvanger").id();
        String unknown = TestPeople.randomBsn();
        UUID deliveryId = UUID.randomUUID();
        Map<String, Object> delivery = delivery(
                deliveryId,
                "gemeente-0344",
                line(known, "BIJSTAND", "2027-01-01", "2027-06-30"),
                line(unknown, "WW", "2027-03-01", null));

        Api.Response delivered = agency.post("/api/v1/benefit-facts", delivery);

        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(201);
        assertThat(delivered.body().get("lines").asInt()).isEqualTo(2);
        assertThat(delivered.body().get("people").asInt()).isEqualTo(2);
        assertThat(delivered.body().get("replayed").asBoolean()).isFalse();
        assertThat(benefits.receivingOn(List.of(person), LocalDate.of(2027, 6, 30)))
                .containsExactly(person);
        assertThat(benefits.receivingOn(List.of(person), LocalDate.of(2027, 7, 1)))
                .isEmpty();
        assertThat(benefits.receivingOn(List.of(person), LocalDate.of(2026, 12, 31)))
                .isEmpty();

        Api.Response again = agency.post("/api/v1/benefit-facts", delivery);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("replayed").asBoolean()).isTrue();
        assertThat(countPeriods(person)).isEqualTo(1);

        Api.Response otherContent = agency.post(
                "/api/v1/benefit-facts",
                delivery(deliveryId, "gemeente-0344", line(known, "BIJSTAND", "2027-01-01", null)));
        assertThat(otherContent.status()).isEqualTo(409);
        assertThat(otherContent.body().get("type").asString()).endsWith("/idempotency-conflict");
        assertThat(benefits.receivingOn(List.of(person), LocalDate.of(2027, 7, 1)))
                .as("nothing of the refused delivery was imported")
                .isEmpty();
    }

    @Test
    void aBenefitDeliveredBeforeThePersonRegistersHoldsOnceTheyDo() {
        String bsn = TestPeople.randomBsn();
        assertThat(agency.post(
                                "/api/v1/benefit-facts",
                                delivery(UUID.randomUUID(), "uwv", line(bsn, "WIA", "2026-05-01", null)))
                        .status())
                .isEqualTo(201);

        PersonId later = registry.register(bsn, "Later geregistreerd").id();

        assertThat(benefits.receivingOn(List.of(later), LocalDate.of(2027, 1, 1)))
                .containsExactly(later);
    }

    @Test
    void aLaterDeliveryEndsABenefitThatWentOn() {
        String bsn = TestPeople.randomBsn();
        PersonId person = registry.register(bsn, "WW ontvanger").id();
        assertThat(agency.post(
                                "/api/v1/benefit-facts",
                                delivery(UUID.randomUUID(), "uwv", line(bsn, "WW", "2027-02-01", null)))
                        .status())
                .isEqualTo(201);
        assertThat(benefits.receivingOn(List.of(person), LocalDate.of(2028, 1, 1)))
                .containsExactly(person);

        assertThat(agency.post(
                                "/api/v1/benefit-facts",
                                delivery(UUID.randomUUID(), "uwv", line(bsn, "WW", "2027-02-01", "2027-08-31")))
                        .status())
                .isEqualTo(201);

        assertThat(benefits.receivingOn(List.of(person), LocalDate.of(2028, 1, 1)))
                .isEmpty();
        assertThat(countPeriods(person)).isEqualTo(1);
    }

    @Test
    void everyWrongFieldOfEveryLineIsReportedAndNothingIsImported() {
        String good = TestPeople.randomBsn();
        PersonId person = registry.register(good, "Goede regel").id();
        Map<String, Object> bad = delivery(
                UUID.randomUUID(),
                "uwv",
                line(good, "WW", "2027-01-01", null),
                line("123456789", "WW", "2027-01-01", null),
                line(good, "HUURTOESLAG", "2027-01-01", null),
                line(good, "WIA", "2027-05-01", "2027-04-30"),
                line(good, "ZW", null, null));

        Api.Response refused = agency.post("/api/v1/benefit-facts", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toString())
                .contains("benefits[1].bsn", "benefits[2].benefit", "benefits[3].endsOn", "benefits[4].startsOn")
                .doesNotContain("benefits[0].");
        assertThat(countPeriods(person)).isZero();

        Api.Response twice = agency.post(
                "/api/v1/benefit-facts",
                delivery(
                        UUID.randomUUID(),
                        "uwv",
                        line(good, "WW", "2027-01-01", null),
                        line(good, "WW", "2027-01-01", "2027-03-01")));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body().toString()).contains("benefits[1].startsOn");

        Api.Response noSource = agency.post("/api/v1/benefit-facts", delivery(UUID.randomUUID(), "belastingdienst"));
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.body().toString()).contains("source", "benefits");
        assertThat(countPeriods(person)).isZero();
    }

    @Test
    void onlyTheExecutingAgencyImportsBenefitFacts() {
        Map<String, Object> delivery =
                delivery(UUID.randomUUID(), "uwv", line(TestPeople.randomBsn(), "WW", "2027-01-01", null));

        for (String user : List.of("fatima", "peter", "marieke", "noor", "wim")) {
            assertThat(new Api(port)
                            .as(tokens.of(user))
                            .post("/api/v1/benefit-facts", delivery)
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(new Api(port).post("/api/v1/benefit-facts", delivery).status())
                .isEqualTo(401);
    }

    private int countPeriods(PersonId person) {
        return jdbc.sql("select count(*) from benefit_period b join person p on p.bsn_lookup = b.bsn_lookup"
                        + " where p.id = :person")
                .param("person", person.value())
                .query(Integer.class)
                .single();
    }

    @SafeVarargs
    private static Map<String, Object> delivery(UUID id, String source, Map<String, Object>... lines) {
        return Map.of("deliveryId", id, "source", source, "benefits", List.of(lines));
    }

    private static Map<String, Object> line(
            String bsn, String benefit, @Nullable String startsOn, @Nullable String endsOn) {
        Map<String, Object> line = new HashMap<>();
        line.put("bsn", bsn);
        line.put("benefit", benefit);
        if (startsOn != null) {
            line.put("startsOn", startsOn);
        }
        if (endsOn != null) {
            line.put("endsOn", endsOn);
        }
        return line;
    }
}
