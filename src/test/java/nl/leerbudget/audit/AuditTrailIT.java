package nl.leerbudget.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.leerbudget.audit.AuditVerification.ChainBreak;
import nl.leerbudget.audit.AuditVerification.Reason;
import nl.leerbudget.audit.batch.VerifyCommand;
import nl.leerbudget.identity.AccessDenied;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.identity.domain.Bsn;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerInvariants;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on the database the suite runs on: what requests leave in it, how verify finds a changed or removed
 * record and a broken ledger, and the verify endpoint and command. Tests that break something behind the application's
 * back repair it before they end: every integration test shares this database.
 */
@IntegrationTest
class AuditTrailIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    VerifyCommand command;

    @Autowired
    Ledger ledger;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRegistry people;

    @Autowired
    Register register;

    @Autowired
    LedgerInvariants invariants;

    @Autowired
    JdbcTemplate template;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties identity;

    final HttpClient http = HttpClient.newHttpClient();
    boolean postgres;

    /** The scheme administrator, who may open learning accounts. */
    String administrator;

    /** The auditor, who may read the verification. */
    Api auditor;

    @BeforeEach
    void database() {
        Tokens tokens = new Tokens(encoder, identity);
        administrator = tokens.of("els");
        auditor = new Api(port).as(tokens.of("wim"));
        SystemActor.install();
        postgres = "PostgreSQL".equals(template.execute((ConnectionCallback<String>)
                c -> c.getMetaData().getDatabaseProductName()));
    }

    // ------------------------------------------------------------------ appending

    @AfterEach
    void clear() {
        SystemActor.clear();
    }

    @Test
    void appendedRecordsFollowEachOtherAndTheChainVerifies() {
        String requestId = "append-" + UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            trail.append(entry(requestId, "20" + i));
        }

        List<Long> seqs = jdbc.sql("select seq from audit_record where request_id = :r order by seq")
                .param("r", requestId)
                .query(Long.class)
                .list();
        assertThat(seqs).hasSize(3);
        assertThat(seqs.get(2) - seqs.get(0)).isEqualTo(2);
        AuditVerification verification = trail.verify();
        assertThat(verification.firstBreak()).isNull();
        assertThat(verification.ledgerViolations()).isEmpty();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.recordsChecked()).isGreaterThanOrEqualTo(seqs.get(2));
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        String requestId = "concurrent-" + UUID.randomUUID();
        int threads = 8;
        int each = 10;

        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        trail.append(entry(requestId, "201"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        }

        assertThat(seqs(requestId)).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(trail.verify().firstBreak()).isNull();
    }

    @Test
    void anAppendSurvivesTheRollbackOfTheCallersTransaction() {
        String requestId = "rollback-" + UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.append(entry(requestId, "500"));
            status.setRollbackOnly();
        });

        assertThat(record(requestId)).containsEntry("outcome", "500");
    }

    // ------------------------------------------------------------------ recording requests

    @Test
    void aStateChangingRequestLeavesARecordWithItsRoutePatternAndStatusAndTheRequestIdEchoed() throws Exception {
        String requestId = "test-" + UUID.randomUUID();

        HttpResponse<String> response =
                post("/api/v1/learning-accounts", "{\"personId\": \"" + person() + "\"}", requestId);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Request-ID")).contains(requestId);
        Map<String, Object> record = awaitRecord(requestId);
        assertThat(record)
                .containsEntry("action", "POST /api/v1/learning-accounts")
                .containsEntry("outcome", "201")
                .containsEntry("actor", DemoIdentities.login("els").userId().toString());
        assertThat(record.get("subject")).isNull();
        assertThat(record.get("on_behalf_of")).isNull();
        assertThat(response.body()).doesNotContain(record.get("hash").toString());
    }

    @Test
    void aRequestAnsweredByAnExceptionHandlerIsRecordedWithThePathIdsAndItsStatus() throws Exception {
        String requestId = "test-" + UUID.randomUUID();
        UUID hold = UUID.randomUUID();

        HttpResponse<String> response =
                post("/api/v1/holds/" + hold + "/releases", "{\"id\": \"" + UUID.randomUUID() + "\"}", requestId);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(awaitRecord(requestId))
                .containsEntry("action", "POST /api/v1/holds/{holdId}/releases")
                .containsEntry("subject", "holdId=" + hold)
                .containsEntry("outcome", Integer.toString(response.statusCode()));
    }

    @Test
    void aRequestForAnUnknownRouteIsRecordedWithItsPathAndNumbersThatCouldBeABsnMasked() throws Exception {
        String requestId = "test-" + UUID.randomUUID();

        HttpResponse<String> response = post("/api/v1/people/123456782/notes", "{}", requestId);

        assertThat(response.statusCode()).isBetween(400, 499);
        await().atMost(Duration.ofSeconds(5)).until(() -> records(requestId).size() >= 2);
        // The route is closed, so the refusal is recorded beside the request itself.
        assertThat(records(requestId))
                .anySatisfy(record -> assertThat(record)
                        .containsEntry("action", "POST /api/v1/people/*********/notes")
                        .containsEntry("outcome", Integer.toString(response.statusCode())))
                .allSatisfy(record -> assertThat(record.toString()).doesNotContain("123456782"));
    }

    @Test
    void aRequestIdThatIsNotASaneTokenIsReplacedByANewOne() throws Exception {
        HttpResponse<String> response = post(
                "/api/v1/learning-accounts", "{\"personId\": \"" + person() + "\"}", "not sane; " + "x".repeat(80));

        String given = response.headers().firstValue("X-Request-ID").orElseThrow();
        assertThat(UUID.fromString(given)).isNotNull();
        assertThat(awaitRecord(given)).containsEntry("outcome", "201");
    }

    @Test
    void aReadingRequestGetsARequestIdButNoRecord() throws Exception {
        String requestId = "read-" + UUID.randomUUID();

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/learning-accounts"))
                        .header("X-Request-ID", requestId)
                        .header("Authorization", "Bearer " + administrator)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-ID")).contains(requestId);
        assertThat(records(requestId)).isEmpty();
    }

    @Test
    void aRefusedAccessIsRecordedWithTheResourceAndForWhomTheActorActed() {
        PersonId client = new PersonId(UUID.randomUUID());
        Actor adviser = new Actor("adviser-" + UUID.randomUUID(), Set.of(Role.ADVISER), null, client, null);
        String learningAccount = UUID.randomUUID().toString();

        events.publishEvent(new AccessDenied(adviser, "learning-account", learningAccount, Instant.now()));

        Map<String, Object> record = jdbc.sql("select * from audit_record where actor = :a")
                .param("a", adviser.userId())
                .query()
                .singleRow();
        assertThat(record)
                .containsEntry("outcome", "DENIED learning-account")
                .containsEntry("subject", "learning-account=" + learningAccount)
                .containsEntry("on_behalf_of", client.toString())
                .containsEntry("action", "ACCESS learning-account");
    }

    // ------------------------------------------------------------------ tampering

    @Test
    void aChangedRecordMakesVerifyFailAtItsSeqUntilItIsRestored() {
        String requestId = "tamper-" + UUID.randomUUID();
        trail.append(entry(requestId, "201"));
        trail.append(entry(requestId, "201"));
        long seq = seqs(requestId).getFirst();

        behindTheTrailsBack("update audit_record set outcome = '403' where seq = " + seq);
        try {
            AuditVerification verification = trail.verify();
            assertThat(verification.ok()).isFalse();
            assertThat(verification.firstBreak()).isEqualTo(new ChainBreak(seq, Reason.HASH_MISMATCH));

            Api.Response served = auditor.get("/api/v1/audit/verification");
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.body().get("ok").booleanValue()).isFalse();
            assertThat(served.body().get("firstBreak").get("seq").longValue()).isEqualTo(seq);
            assertThat(served.body().get("firstBreak").get("reason").stringValue())
                    .isEqualTo("HASH_MISMATCH");

            var report = new ByteArrayOutputStream();
            assertThat(command.verify(new PrintStream(report, true, StandardCharsets.UTF_8)))
                    .isEqualTo(1);
            assertThat(report.toString(StandardCharsets.UTF_8))
                    .contains("BROKEN at record " + seq + ": HASH_MISMATCH")
                    .contains("FAILED");
        } finally {
            behindTheTrailsBack("update audit_record set outcome = '201' where seq = " + seq);
        }
        // Other tests share the database, and may leave what the cross-module checks report; the chain is whole.
        assertThat(trail.verify().firstBreak()).isNull();
    }

    @Test
    void aDeletedRecordIsAGapAtItsSeq() {
        String requestId = "delete-" + UUID.randomUUID();
        trail.append(entry(requestId, "201"));
        trail.append(entry(requestId, "204"));
        long seq = seqs(requestId).getFirst();
        Map<String, Object> deleted = jdbc.sql("select * from audit_record where seq = :s")
                .param("s", seq)
                .query()
                .singleRow();

        behindTheTrailsBack("delete from audit_record where seq = " + seq);
        try {
            assertThat(trail.verify().firstBreak()).isEqualTo(new ChainBreak(seq, Reason.SEQ_GAP));
        } finally {
            jdbc.sql("""
                            insert into audit_record (seq, recorded_at, actor, on_behalf_of, action, subject, request_id,
                              outcome, previous_hash, hash)
                            values (:seq, :recorded_at, :actor, :on_behalf_of, :action, :subject, :request_id,
                              :outcome, :previous_hash, :hash)""").paramSource(deleted).update();
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteRecordsOnPostgresql() {
        assumeThat(postgres)
                .as("the append-only trigger exists on PostgreSQL only")
                .isTrue();
        String requestId = "refuse-" + UUID.randomUUID();
        trail.append(entry(requestId, "201"));
        long seq = seqs(requestId).getFirst();

        assertThatThrownBy(() -> jdbc.sql("update audit_record set outcome = '500' where seq = :s")
                        .param("s", seq)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where seq = :s")
                        .param("s", seq)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void aLedgerInvariantBrokenInTheDatabaseIsReportedWithItsAccount() {
        AccountId funder = AccountId.random();
        assertThat(ledger.execute(new LedgerCommand(
                        CommandId.random(),
                        List.of(new OpenAccount(
                                funder,
                                AccountKind.FUNDER,
                                Unit.EUR,
                                "Audit test funder",
                                false,
                                FunderType.EMPLOYER,
                                null)),
                        List.of(new TransferOrder.Move(
                                SystemAccounts.settlement(Unit.EUR), funder, 10_000, TransferCode.TOP_UP, null)))))
                .isInstanceOf(CommandResult.Executed.class);

        // ledger_account carries running totals and has no append-only trigger; only transfers and commands do.
        changeCreditsPosted(funder, +1);
        try {
            AuditVerification verification = trail.verify();
            assertThat(verification.ok()).isFalse();
            assertThat(verification.firstBreak()).isNull();
            assertThat(verification.ledgerViolations())
                    .anySatisfy(v -> {
                        assertThat(v.rule()).isEqualTo(LedgerInvariants.Violation.TOTALS_DIFFER_FROM_TRANSFERS);
                        assertThat(v.account()).isEqualTo(funder);
                        assertThat(v.detail()).contains("credits posted 10001, transfers sum to 10000");
                    })
                    .anySatisfy(v -> {
                        assertThat(v.rule()).isEqualTo(LedgerInvariants.Violation.UNIT_UNBALANCED);
                        assertThat(v.account()).isNull();
                        assertThat(v.detail()).startsWith("EUR:");
                    });

            Api.Response served = auditor.get("/api/v1/audit/verification");
            assertThat(served.body().get("ok").booleanValue()).isFalse();
            assertThat(served.body().get("ledgerViolations").toString()).contains(funder.toString());

            var report = new ByteArrayOutputStream();
            assertThat(command.verify(new PrintStream(report, true, StandardCharsets.UTF_8)))
                    .isEqualTo(1);
            assertThat(report.toString(StandardCharsets.UTF_8))
                    .contains("TOTALS_DIFFER_FROM_TRANSFERS account " + funder);
        } finally {
            changeCreditsPosted(funder, -1);
        }
        assertThat(trail.verify().ledgerViolations()).isEmpty();
    }

    // ------------------------------------------------------------------ endpoint and command when all is well

    @Test
    void theVerificationEndpointAnswersWithTheResult() {
        Api.Response served = auditor.get("/api/v1/audit/verification");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.apiVersion()).isEqualTo("1.0.0");
        assertThat(served.body().get("ok").booleanValue()).as(served.toString()).isTrue();
        assertThat(served.body().get("recordsChecked").longValue()).isNotNegative();
        assertThat(served.body().has("firstBreak")).isFalse();
        assertThat(served.body().get("ledgerViolations").isEmpty()).isTrue();
    }

    @Test
    void theVerifyCommandReportsAllIsWellAndExitsWithZero() {
        trail.append(entry("command-" + UUID.randomUUID(), "201"));
        var report = new ByteArrayOutputStream();

        int status = command.verify(new PrintStream(report, true, StandardCharsets.UTF_8));

        assertThat(status).as(report.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(report.toString(StandardCharsets.UTF_8))
                .contains("The hash chain is intact.")
                .contains("Ledger: all invariants hold.")
                .endsWith("OK" + System.lineSeparator());
    }

    // ------------------------------------------------------------------ helpers

    private static AuditEntry entry(String requestId, String outcome) {
        return new AuditEntry("tester", null, "POST /api/v1/test", "id=1", requestId, outcome, Instant.now());
    }

    private HttpResponse<String> post(String path, String json, String requestId)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("X-Request-ID", requestId)
                        .header("Authorization", "Bearer " + administrator)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private List<Map<String, Object>> records(String requestId) {
        return jdbc.sql("select * from audit_record where request_id = :r order by seq")
                .param("r", requestId)
                .query()
                .listOfRows();
    }

    private Map<String, Object> record(String requestId) {
        List<Map<String, Object>> found = records(requestId);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    /** The record is written as the response completes; the client may see the response a moment before. */
    private Map<String, Object> awaitRecord(String requestId) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !records(requestId).isEmpty());
        return record(requestId);
    }

    private List<Long> seqs(String requestId) {
        return records(requestId).stream()
                .map(row -> ((Number) row.get("seq")).longValue())
                .toList();
    }

    /** Changes the trail directly; on PostgreSQL the append-only trigger is off only inside this transaction. */
    /** A person the person registry knows. */
    private String person() {
        return TestPeople.register(people).value().toString();
    }

    /**
     * The check the ledger made when the money moved, made again: a payment recorded for another offering than the
     * one the compartment is earmarked for is reported with the compartment.
     */
    @Test
    void verifyReportsAPaymentThatBrokeItsCompartmentsConditions() {
        Trainings trainings = new Trainings(register, ledger);
        Trainings.Training earmarked = trainings.shortCourse();
        Trainings.Training other = trainings.shortCourse();
        AccountId funder = AccountId.random();
        AccountId compartment = AccountId.random();
        PersonId owner = TestPeople.register(people);
        ledger.openLearningAccounts(List.of(owner));
        assertThat(ledger.execute(new LedgerCommand(
                        CommandId.random(),
                        List.of(
                                new OpenAccount(
                                        funder,
                                        AccountKind.FUNDER,
                                        Unit.EUR,
                                        "Audit test funder",
                                        false,
                                        FunderType.EMPLOYER,
                                        null),
                                OpenAccount.compartment(
                                        compartment,
                                        Unit.EUR,
                                        new CompartmentTerms(
                                                LearningAccountId.of(owner),
                                                funder,
                                                "Voor één opleiding",
                                                new CompartmentConditions(
                                                        Set.of(), false, earmarked.offeringId(), Set.of()),
                                                null,
                                                null,
                                                ExpiryRule.RETURN_TO_FUNDER))),
                        List.of(
                                new TransferOrder.Move(
                                        SystemAccounts.settlement(Unit.EUR), funder, 10_000, TransferCode.TOP_UP, null),
                                new TransferOrder.Move(funder, compartment, 10_000, TransferCode.DEPOSIT, null)))))
                .isInstanceOf(CommandResult.Executed.class);
        CommandId paid = CommandId.random();
        assertThat(ledger.execute(LedgerCommand.of(
                        paid,
                        new TransferOrder.Move(
                                compartment,
                                earmarked.payable(),
                                2_500,
                                TransferCode.SPEND,
                                null,
                                earmarked.offeringId()))))
                .isInstanceOf(CommandResult.Executed.class);
        assertThat(invariants.check()).noneMatch(v -> compartment.equals(v.account()));

        // Planted: the payment's record now says it paid for another offering.
        String plant = "update ledger_transfer_purpose set offering_id = '%s' where transfer_id = '%s'";
        behindTheLedgersBack(plant.formatted(other.offeringId(), paid.value()));
        try {
            AuditVerification verification = trail.verify();
            assertThat(verification.ok()).isFalse();
            assertThat(verification.ledgerViolations()).anySatisfy(v -> {
                assertThat(v.rule()).isEqualTo(LedgerInvariants.Violation.PAYMENT_OUTSIDE_CONDITIONS);
                assertThat(v.account()).isEqualTo(compartment);
                assertThat(v.detail()).contains(other.offeringId(), "L23");
            });
            var report = new ByteArrayOutputStream();
            assertThat(command.verify(new PrintStream(report, true, StandardCharsets.UTF_8)))
                    .isEqualTo(1);
            assertThat(report.toString(StandardCharsets.UTF_8)).contains("PAYMENT_OUTSIDE_CONDITIONS");
        } finally {
            behindTheLedgersBack(plant.formatted(earmarked.offeringId(), paid.value()));
        }
        assertThat(invariants.check()).noneMatch(v -> compartment.equals(v.account()));
    }

    @Test
    void verifyReportsALearningAccountOfAPersonNobodyKnows() {
        PersonId stranger = new PersonId(UUID.randomUUID());
        ledger.openLearningAccounts(List.of(stranger));

        AuditVerification verification = trail.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.checks())
                .anySatisfy(check -> assertThat(check.findings())
                        .anySatisfy(f -> assertThat(f.detail()).contains(stranger.toString())));
        // Known from now on: the person registry has them.
        people.findOrRegister(Bsn.of(TestPeople.randomBsn()), "Alsnog bekend", stranger);
        assertThat(trail.verify().checks())
                .allSatisfy(check -> assertThat(check.findings())
                        .noneSatisfy(f -> assertThat(f.detail()).contains(stranger.toString())));
    }

    private void behindTheLedgersBack(String sql) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            if (postgres) {
                jdbc.sql("alter table ledger_transfer_purpose disable trigger ledger_transfer_purpose_append_only")
                        .update();
            }
            assertThat(jdbc.sql(sql).update()).isEqualTo(1);
            if (postgres) {
                jdbc.sql("alter table ledger_transfer_purpose enable trigger ledger_transfer_purpose_append_only")
                        .update();
            }
        });
    }

    private void behindTheTrailsBack(String sql) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            if (postgres) {
                jdbc.sql("alter table audit_record disable trigger audit_record_append_only")
                        .update();
            }
            assertThat(jdbc.sql(sql).update()).isEqualTo(1);
            if (postgres) {
                jdbc.sql("alter table audit_record enable trigger audit_record_append_only")
                        .update();
            }
        });
    }

    private void changeCreditsPosted(AccountId account, long by) {
        assertThat(jdbc.sql("update ledger_account set credits_posted = credits_posted + :by where id = :id")
                        .param("by", by)
                        .param("id", account.value())
                        .update())
                .isEqualTo(1);
    }
}
