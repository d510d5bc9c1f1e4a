package nl.leerbudget.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerInvariants;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestClock;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/** Histories in, rights out, through the API: first credit, corrections up and down, the CSV import, access. */
@IntegrationTest
class RightsIT {

    private static final String MBO2 =
            "VO:2004-08-01..2008-07-31:funded:diploma;" + "MBO2-BOL:2008-08-01..2010-07-31:funded:diploma";

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    Ledger ledger;

    @Autowired
    Register register;

    @Autowired
    PersonRegistry people;

    @Autowired
    LedgerInvariants invariants;

    @Autowired
    TestClock clock;

    Api agency;

    @BeforeEach
    void setUp() {
        agency = new Api(port).as(new Tokens(encoder, properties).of("els"));
    }

    @Test
    void aDemoCitizenSeesTheirRightWithItsExplanation() {
        Api fatima = new Api(port).as(new Tokens(encoder, properties).of("fatima"));

        Api.Response right = fatima.get("/api/v1/people/" + Demo.FATIMA.value() + "/learning-right");

        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body().get("entitled").asBoolean()).isTrue();
        assertThat(right.body().get("policy").get("id").asString()).isEqualTo("regressief-2027");
        assertThat(right.body().get("credited").asString())
                .isEqualTo(right.body().get("amount").asString());
        assertThat(right.body().get("explanation").toString()).contains("mbo niveau 2 (op school, bol)");
        assertThat(right.body().get("conditions").get("recognisedOnly").asBoolean())
                .isTrue();
    }

    @Test
    void someoneElsesRightLooksAbsent() {
        Api jan = new Api(port).as(new Tokens(encoder, properties).of("jan"));

        assertThat(jan.get("/api/v1/people/" + Demo.FATIMA.value() + "/learning-right")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aHistoryIsCreditedOnceAndTheSameHistoryAgainChangesNothing() {
        UUID person = registered();

        JsonNode first = record(person, "1992-12-01", MBO2);
        JsonNode again = record(person, "1992-12-01", MBO2);

        assertThat(first.get("historyVersion").asInt()).isEqualTo(1);
        assertThat(first.get("credited").asString())
                .isEqualTo(first.get("amount").asString());
        assertThat(again.get("historyVersion").asInt()).isEqualTo(2);
        assertThat(again.get("credited").asString())
                .isEqualTo(first.get("amount").asString());
        assertThat(again.get("adjustments").get(0).get("moved").asString()).isEqualTo("0.00");
        assertThat(learningRightCompartments(person)).hasSize(1);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void aCorrectionWithLessEducationAddsTheDifference() {
        UUID person = registered();
        JsonNode first = record(person, "1992-12-01", MBO2 + ";HBO-BACHELOR:2010-09-01..2014-08-31:funded:diploma");

        JsonNode corrected = record(person, "1992-12-01", MBO2);

        long before = cents(first.get("amount").asString());
        long after = cents(corrected.get("amount").asString());
        assertThat(after).isGreaterThan(before);
        assertThat(cents(corrected.get("credited").asString())).isEqualTo(after);
        assertThat(cents(corrected.get("available").asString())).isEqualTo(after);
        assertThat(cents(corrected.get("adjustments").get(0).get("moved").asString()))
                .isEqualTo(after - before);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void aDownwardCorrectionNeverTakesBackWhatWasSpentAndSaysSo() {
        UUID person = registered();
        JsonNode first = record(person, "1992-12-01", MBO2);
        long credited = cents(first.get("credited").asString());
        AccountId compartment = AccountId.of(first.get("compartmentId").asString());
        long spent = credited - 100_00;
        spend(compartment, spent);

        JsonNode corrected = record(
                person,
                "1992-12-01",
                MBO2 + ";HBO-BACHELOR:2010-09-01..2014-08-31:funded:diploma;"
                        + "WO-MASTER:2014-09-01..2016-08-31:funded:diploma");

        long recomputed = cents(corrected.get("amount").asString());
        JsonNode adjustment = corrected.get("adjustments").get(0);
        assertThat(recomputed).isLessThan(credited);
        // Only what was still unspent goes back; the rest stays spent and is named.
        long reclaimable = Math.min(credited - recomputed, credited - spent);
        assertThat(cents(adjustment.get("moved").asString())).isEqualTo(-reclaimable);
        assertThat(cents(adjustment.get("notReclaimed").asString())).isEqualTo(credited - recomputed - reclaimable);
        assertThat(cents(corrected.get("available").asString())).isEqualTo(credited - spent - reclaimable);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void anImportWithWrongLinesListsEveryOneAndImportsNothing() {
        UUID good = registered();
        String csv = "person_id,birth_date,history\n"
                + good + ",1990-05-01," + MBO2 + "\n"
                + "not-a-uuid,1990-13-01,MBO9-BOL:2006-08-01..2010-07-31:funded:diploma\n"
                + UUID.randomUUID() + ",1990-05-01,MBO4-BOL:2010-08-01..2006-07-31:funded:diploma\n";

        Api.Response refused = agency.postText("/api/v1/education-histories", "text/csv", csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("invalidParams").findValuesAsString("name"))
                .contains("lines[3].person_id", "lines[3].birth_date", "lines[3].history", "lines[4].history");
        assertThat(agency.get("/api/v1/people/" + good + "/education-history").status())
                .isEqualTo(404);
    }

    @Test
    void anImportCreditsNewPeopleAndCorrectsOthersInOneStep() {
        UUID fresh = registered();
        UUID known = registered();
        record(known, "1992-12-01", MBO2);
        String csv = "person_id,birth_date,history\n"
                + fresh + ",1990-05-01," + MBO2 + "\n"
                + known + ",1992-12-01,VO:2004-08-01..2008-07-31:funded:diploma\n";

        Api.Response imported = agency.postText("/api/v1/education-histories", "text/csv", csv);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().get("lines").asInt()).isEqualTo(2);
        assertThat(imported.body().get("credited").asInt()).isEqualTo(1);
        assertThat(imported.body().get("corrected").asInt()).isEqualTo(1);
        assertThat(agency.get("/api/v1/people/" + known + "/education-history")
                        .body()
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void aHistoryWithInvalidFieldsIsRefusedFieldByField() {
        Api.Response refused = agency.sendJson(
                "PUT",
                "/api/v1/people/" + registered() + "/education-history",
                Map.of(
                        "birthDate",
                        "1990-05-01",
                        "periods",
                        List.of(
                                Map.of("track", "MBO9", "start", "2006-08-01", "end", "2010-07-31"),
                                Map.of("track", "VO", "start", "2006-08-01", "end", "2005-07-31"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("invalidParams").findValuesAsString("name"))
                .containsExactlyInAnyOrder("periods[0].track", "periods[1].end");
    }

    /** The probe's holes: histories for people nobody knows, and birth dates that cannot be true. */
    @Test
    void aHistoryNeedsAKnownPersonAndAPlausibleBirthDate() {
        Map<String, Object> history = Map.of(
                "birthDate",
                "1990-05-01",
                "periods",
                List.of(Map.of("track", "VO", "start", "2002-08-01", "end", "2006-07-31")));
        Api.Response stranger =
                agency.sendJson("PUT", "/api/v1/people/" + UUID.randomUUID() + "/education-history", history);
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(404);

        UUID person = registered();
        for (String birthDate : List.of("2990-09-17", "0001-01-01", "1850-01-01")) {
            Api.Response refused = agency.sendJson(
                    "PUT",
                    "/api/v1/people/" + person + "/education-history",
                    Map.of("birthDate", birthDate, "periods", List.of()));
            assertThat(refused.status()).as(birthDate).isEqualTo(400);
            assertThat(refused.body().get("invalidParams").findValuesAsString("name"))
                    .containsExactly("birthDate");
        }
        String csv =
                "person_id,birth_date,history\n" + UUID.randomUUID() + ",1990-05-01,\n" + person + ",2990-09-17,\n";
        Api.Response imported = agency.postText("/api/v1/education-histories", "text/csv", csv);
        assertThat(imported.status()).isEqualTo(400);
        assertThat(imported.body().get("invalidParams").findValuesAsString("name"))
                .containsExactlyInAnyOrder("lines[2].person_id", "lines[3].birth_date");
        assertThat(agency.get("/api/v1/people/" + person + "/education-history").status())
                .isEqualTo(404);
    }

    private UUID registered() {
        SystemActor.install();
        try {
            return TestPeople.register(people).value();
        } finally {
            SystemActor.clear();
        }
    }

    private JsonNode record(UUID person, String birthDate, String compact) {
        List<Map<String, Object>> periods = List.of(compact.split(";")).stream()
                .map(EducationPeriod::parse)
                .map(p -> Map.<String, Object>of(
                        "track", p.track().code(),
                        "start", p.start().toString(),
                        "end", p.end().toString(),
                        "publiclyFunded", p.publiclyFunded(),
                        "diploma", p.diploma()))
                .toList();
        Api.Response response = agency.sendJson(
                "PUT",
                "/api/v1/people/" + person + "/education-history",
                Map.of("birthDate", birthDate, "periods", periods));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private List<?> learningRightCompartments(UUID person) {
        SystemActor.install();
        try {
            return ledger
                    .learningAccountOf(new nl.leerbudget.shared.PersonId(person))
                    .orElseThrow()
                    .compartments()
                    .stream()
                    .filter(c -> c.name().equals(Rights.LABEL))
                    .toList();
        } finally {
            SystemActor.clear();
        }
    }

    /** Pays a provider from the compartment, as a booking would, in 2027 when the right can be spent. */
    private void spend(AccountId compartment, long cents) {
        SystemActor.install();
        clock.set(java.time.Instant.parse("2027-03-01T10:00:00Z"));
        try {
            // A learning right pays for recognised (OCW) education only.
            Trainings.Training training =
                    new Trainings(register, ledger).admitted(OfferingType.MBO_CERTIFICATE, true, List.of("techniek"));
            CommandResult result = ledger.execute(LedgerCommand.of(
                    CommandId.random(),
                    new TransferOrder.Move(
                            compartment,
                            training.payable(),
                            cents,
                            TransferCode.SPEND,
                            "Opleiding",
                            training.offeringId())));
            assertThat(result).isInstanceOf(CommandResult.Executed.class);
        } finally {
            clock.reset();
            SystemActor.clear();
        }
    }

    private static long cents(String amount) {
        return nl.leerbudget.shared.Money.parse(amount).cents();
    }
}
