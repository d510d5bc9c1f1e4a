package nl.leerbudget.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.register.Register;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/** The ledger API over HTTP: the happy paths, and every kind of bad input answered with problem details. */
@IntegrationTest
class LedgerApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRegistry people;

    @Autowired
    Register register;

    @Autowired
    Ledger ledger;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties identity;

    /** The executing agency's administrator may do everything in the ledger. */
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port).as(new Tokens(encoder, identity).of("els"));
    }

    // ------------------------------------------------------------------ happy paths

    @Test
    void opensALearningAccountOnceForAPerson() {
        String person = person();

        Api.Response opened = api.post("/api/v1/learning-accounts", Map.of("personId", person));
        Api.Response again = api.post("/api/v1/learning-accounts", Map.of("personId", person));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.apiVersion()).isEqualTo("1.0.0");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id")).isEqualTo(opened.body().get("id"));
    }

    @Test
    void depositsHoldsSettlesAndShowsTheStatement() {
        String funder = funder("2500.00");
        String account = learningAccount();
        String depositId = UUID.randomUUID().toString();
        Map<String, Object> deposit = Map.of(
                "id",
                depositId,
                "funderAccountId",
                funder,
                "amount",
                "1000.00",
                "compartment",
                Map.of(
                        "label", "Opleidingsbudget",
                        "validUntil", "2030-12-31",
                        "conditions", Map.of("offeringTypes", List.of("SHORT_COURSE"), "recognisedOnly", false)));

        Api.Response deposited = api.post("/api/v1/learning-accounts/" + account + "/deposits", deposit);
        Api.Response replayed = api.post("/api/v1/learning-accounts/" + account + "/deposits", deposit);

        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().get("transfers")).isEqualTo(deposited.body().get("transfers"));
        String compartment = deposited.body().get("accounts").get(0).get("id").stringValue();
        assertThat(deposited.body().get("accounts").get(0).get("balance").stringValue())
                .isEqualTo("1000.00");

        SystemActor.install();
        Trainings.Training training;
        try {
            training = new Trainings(register, ledger).shortCourse();
        } finally {
            SystemActor.clear();
        }
        String provider = training.payable().value().toString();
        String holdId = UUID.randomUUID().toString();
        Api.Response hold = api.post(
                "/api/v1/holds",
                Map.of(
                        "id", holdId,
                        "debitAccountId", compartment,
                        "creditAccountId", provider,
                        "amount", "400.00",
                        "offeringId", training.offeringId()));
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/accounts/" + compartment)
                        .body()
                        .get("available")
                        .stringValue())
                .isEqualTo("600.00");

        Api.Response settled = api.post(
                "/api/v1/holds/" + holdId + "/settlements",
                Map.of("id", UUID.randomUUID().toString(), "amount", "350.00"));
        assertThat(settled.status()).as(settled.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/holds/" + holdId).body().get("status").stringValue())
                .isEqualTo("RESOLVED");

        JsonNode statement =
                api.get("/api/v1/accounts/" + compartment + "/statement").body();
        assertThat(statement.get("closingBalance").stringValue()).isEqualTo("650.00");
        assertThat(statement.get("lines")).hasSize(3);

        JsonNode usage = api.get("/api/v1/accounts/" + funder + "/usage").body();
        assertThat(usage.get("deposited").stringValue()).isEqualTo("1000.00");
        assertThat(usage.get("spent").stringValue()).isEqualTo("350.00");

        JsonNode overview = api.get("/api/v1/learning-accounts/" + account).body();
        assertThat(overview.get("totals").get(0).get("available").stringValue()).isEqualTo("650.00");
    }

    @Test
    void bulkDepositsApplyAllLinesAndOpenMissingAccounts() {
        String funder = funder("1000.00");
        String csv = "personId,amount,label,validUntil\n" + person() + ",100.00,Budget A,2030-01-01\n" + person()
                + ",250.50,\"Budget, B\",\n";
        String batch = UUID.randomUUID().toString();

        Api.Response first = upload(funder, batch, csv);
        Api.Response again = upload(funder, batch, csv);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.body().get("total").stringValue()).isEqualTo("350.50");
        assertThat(first.body().get("compartmentIds")).hasSize(2);
        assertThat(again.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/accounts/" + funder).body().get("balance").stringValue())
                .isEqualTo("649.50");
    }

    @Test
    void aBulkDepositBeyondTheFundersBalanceChangesNothing() {
        String funder = funder("100.00");
        String csv = "personId,amount,label\n" + person() + ",60.00,A\n" + person() + ",60.00,B\n";

        Api.Response response =
                nothingWritten(() -> upload(funder, UUID.randomUUID().toString(), csv));

        assertProblem(response, 422);
        assertThat(response.body().get("ruleId").stringValue()).isEqualTo("L05");
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void malformedJsonIsAProblemAndWritesNothing() {
        String account = learningAccount();

        Api.Response response = nothingWritten(
                () -> api.post("/api/v1/learning-accounts/" + account + "/deposits", "{\"id\": \"x\", "));

        assertProblem(response, 400);
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() {
        String account = learningAccount();

        Api.Response response =
                nothingWritten(() -> api.post("/api/v1/learning-accounts/" + account + "/deposits", """
                {"id": 12, "funderAccountId": "not-a-uuid", "amount": 100.5, "colour": "red",
                 "compartment": {"label": "", "validUntil": "31-12-2030", "expiryRule": "KEEP",
                                 "conditions": {"offeringTypes": ["COOKING"]}}}"""));

        assertProblem(response, 400);
        assertThat(invalidNames(response))
                .containsExactlyInAnyOrder(
                        "id",
                        "funderAccountId",
                        "amount",
                        "colour",
                        "compartment.label",
                        "compartment.validUntil",
                        "compartment.expiryRule",
                        "compartment.conditions.offeringTypes");
    }

    @Test
    void negativeZeroAndOverflowingAmountsAreRefused() {
        String account = learningAccount();
        String funder = funder("10.00");
        for (String amount :
                List.of("-5.00", "0", "0.00", "92233720368547758.08", "1e9", "12.345", "99999999999999999999")) {
            Api.Response response = nothingWritten(() -> api.post(
                    "/api/v1/learning-accounts/" + account + "/deposits",
                    Map.of(
                            "id",
                            UUID.randomUUID().toString(),
                            "funderAccountId",
                            funder,
                            "amount",
                            amount,
                            "compartment",
                            Map.of("label", "x"))));
            assertProblem(response, 400);
            assertThat(invalidNames(response)).as(amount).containsExactly("amount");
        }
    }

    @Test
    void anAmountThatWouldOverflowABalanceIsRefused() {
        String funder = funder("1.00");

        // Valid on its own, but the bank account's running total of debits cannot count that far.
        Api.Response response = nothingWritten(() -> api.post(
                "/api/v1/accounts/" + funder + "/top-ups",
                Map.of("id", UUID.randomUUID().toString(), "amount", "92233720368547758.07")));

        assertProblem(response, 422);
        assertThat(response.body().get("ruleId").stringValue()).isEqualTo("L16");
    }

    @Test
    void unknownIdsAreNamed() {
        assertProblem(api.get("/api/v1/learning-accounts/" + UUID.randomUUID()), 404);
        assertProblem(api.get("/api/v1/accounts/" + UUID.randomUUID()), 404);
        assertProblem(api.get("/api/v1/holds/" + UUID.randomUUID()), 404);
        assertProblem(api.get("/api/v1/accounts/not-a-uuid"), 400);
        // A route without a rule is closed, whether it exists or not.
        assertProblem(api.get("/api/v1/no-such-thing"), 403);

        String account = learningAccount();
        Api.Response unknownFunder = nothingWritten(() -> api.post(
                "/api/v1/learning-accounts/" + account + "/deposits",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "funderAccountId", UUID.randomUUID().toString(),
                        "amount", "10.00",
                        "compartment", Map.of("label", "x"))));
        assertProblem(unknownFunder, 422);

        Api.Response unknownHold = nothingWritten(() -> api.post(
                "/api/v1/holds/" + UUID.randomUUID() + "/settlements",
                Map.of("id", UUID.randomUUID().toString())));
        assertProblem(unknownHold, 422);
        assertThat(unknownHold.body().get("ruleId").stringValue()).isEqualTo("L09");
    }

    @Test
    void statementPeriodsOutOfRangeOrBackwardsAreRefused() {
        String funder = funder("1.00");

        Api.Response far =
                api.get("/api/v1/accounts/" + funder + "/statement?fromDate=0001-01-01&toDate=+999999999-12-31");
        Api.Response backwards =
                api.get("/api/v1/accounts/" + funder + "/statement?fromDate=2026-02-01&toDate=2026-01-01");
        Api.Response notADate = api.get("/api/v1/accounts/" + funder + "/statement?fromDate=yesterday");

        assertProblem(far, 400);
        assertThat(invalidNames(far)).containsExactly("fromDate", "toDate");
        assertProblem(backwards, 400);
        assertThat(invalidNames(backwards)).containsExactly("toDate");
        assertProblem(notADate, 400);
        assertThat(invalidNames(notADate)).containsExactly("fromDate");
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        String funder = funder("100.00");
        String id = UUID.randomUUID().toString();
        assertThat(api.post("/api/v1/accounts/" + funder + "/top-ups", Map.of("id", id, "amount", "1.00"))
                        .status())
                .isEqualTo(201);

        Api.Response conflict = nothingWritten(
                () -> api.post("/api/v1/accounts/" + funder + "/top-ups", Map.of("id", id, "amount", "2.00")));

        assertProblem(conflict, 409);
    }

    @Test
    void everyBadLineOfABulkFileIsReportedAndNothingIsWritten() {
        String funder = funder("1000.00");
        String csv = "personId,amount,label\n" + UUID.randomUUID() + ",10.00,ok\nnope,-1,\n" + UUID.randomUUID()
                + ",1.234,ok\n";

        Api.Response response =
                nothingWritten(() -> upload(funder, UUID.randomUUID().toString(), csv));

        assertProblem(response, 400);
        assertThat(invalidNames(response))
                .containsExactly("lines[3].personId", "lines[3].amount", "lines[3].label", "lines[4].amount");
    }

    @Test
    void anOversizedUploadIsRefused() {
        String funder = funder("1000.00");
        byte[] big = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');

        Api.Response response = nothingWritten(() -> api.upload(
                "/api/v1/accounts/" + funder + "/deposit-batches",
                "batchId",
                UUID.randomUUID().toString(),
                "big.csv",
                big));

        assertProblem(response, 413);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        String funder = funder("1000.00");
        byte[] latin1 = ("personId,amount,label\n" + person() + ",1.00,Cursus caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        Api.Response response = nothingWritten(() -> api.upload(
                "/api/v1/accounts/" + funder + "/deposit-batches",
                "batchId",
                UUID.randomUUID().toString(),
                "l.csv",
                latin1));

        assertProblem(response, 400);
        assertThat(invalidNames(response)).containsExactly("file");
    }

    // ------------------------------------------------------------------ helpers

    private String funder(String amount) {
        String id = UUID.randomUUID().toString();
        Api.Response opened = api.post(
                "/api/v1/accounts",
                Map.of("id", id, "kind", "FUNDER", "name", "Werkgever " + id, "funderType", "EMPLOYER"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        Api.Response topUp = api.post(
                "/api/v1/accounts/" + id + "/top-ups",
                Map.of("id", UUID.randomUUID().toString(), "amount", amount));
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        return id;
    }

    /** A person the person registry knows: money moves for no one else. */
    private String person() {
        SystemActor.install();
        try {
            return TestPeople.register(people).value().toString();
        } finally {
            SystemActor.clear();
        }
    }

    /** The probe's hole: a made-up person got a learning account, and then deposits. */
    @Test
    void noAccountAndNoDepositForAPersonNobodyKnows() {
        Api.Response opened = api.post(
                "/api/v1/learning-accounts",
                Map.of("personId", UUID.randomUUID().toString()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(400);
        assertThat(opened.body().get("invalidParams").findValuesAsString("code"))
                .containsExactly("unknown-person");
    }

    private String learningAccount() {
        return api.post("/api/v1/learning-accounts", Map.of("personId", person()))
                .body()
                .get("id")
                .stringValue();
    }

    private Api.Response upload(String funder, String batchId, String csv) {
        return api.upload(
                "/api/v1/accounts/" + funder + "/deposit-batches",
                "batchId",
                batchId,
                "deposits.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.body().get("status").intValue()).isEqualTo(status);
        assertThat(response.body().get("title").stringValue()).isNotBlank();
        assertThat(response.body().get("detail").stringValue()).isNotBlank();
    }

    private static List<String> invalidNames(Api.Response response) {
        List<String> names = new ArrayList<>();
        response.body()
                .get("invalidParams")
                .values()
                .forEach(p -> names.add(p.get("name").stringValue()));
        return names;
    }

    /** Runs a request and checks that not one row was added anywhere in the ledger. */
    private Api.Response nothingWritten(Supplier<Api.Response> request) {
        String counts = """
                select (select count(*) from ledger_account) + 1000 * (select count(*) from ledger_transfer)
                  + 1000000 * (select count(*) from learning_account) + 1000000000 * (select count(*) from ledger_command)""";
        long before = jdbc.sql(counts).query(Long.class).single();
        Api.Response response = request.get();
        assertThat(jdbc.sql(counts).query(Long.class).single())
                .as("rows written")
                .isEqualTo(before);
        return response;
    }
}
