package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerInvariants;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.payments.OfficialSchema;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * What happens to a grant after the decision, through the API: the provider confirms the start and the grant is
 * settled to it, a payout run pays it once with a SEPA file, a withdrawn or lapsed grant goes back to the window's
 * budget and to the first on the waiting list. Each test defines its own scheme and funder, as in {@link SchemesIT}.
 */
@IntegrationTest
class PayoutIT {

    /** ROC Midden Nederland: the provider of the electrical course, and the organisation of marieke. */
    private static final AccountId ROC = new AccountId(Demo.ROC);

    private static final AccountId BANK = SystemAccounts.settlement(Unit.EUR);

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerInvariants invariants;

    @Autowired
    Schemes schemes;

    @Autowired
    PayoutHolds holds;

    Api agency;
    Api fatima;
    Api jan;
    Api sanne;
    Api roc;
    String schemeId;
    AccountId funder;
    UUID electrical;
    UUID dataAnalysis;
    LocalDate today;

    @BeforeEach
    void setUp() {
        Tokens tokens = new Tokens(encoder, properties);
        agency = new Api(port).as(tokens.of("els"));
        fatima = new Api(port).as(tokens.of("fatima"));
        jan = new Api(port).as(tokens.of("jan"));
        sanne = new Api(port).as(tokens.of("sanne"));
        roc = new Api(port).as(tokens.of("marieke"));
        String marker = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36);
        schemeId = "payout-" + marker;
        Api.Response defined = agency.postText(
                "/api/v1/schemes",
                "text/plain",
                Scheme.builtInText(Scheme.STAP_2022).replace("id = stap-2022", "id = " + schemeId));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        funder = AccountId.derived("test/funder/" + marker);
        SystemActor.install();
        CommandResult opened = ledger.execute(new LedgerCommand(
                CommandId.derived("test/funder/" + marker),
                List.of(new OpenAccount(
                        funder, AccountKind.FUNDER, Unit.EUR, "Test funder", false, FunderType.STATE, null)),
                List.of(new TransferOrder.Move(BANK, funder, 10_000_000, TransferCode.TOP_UP, null))));
        assertThat(opened).isInstanceOf(CommandResult.Executed.class);
        electrical = offering("Elektrotechniek+installeren", Demo.ROC);
        dataAnalysis = offering("Data-analyse+Python", Demo.OPEN_UNIVERSITY);
        today = LocalDate.now(Ledger.ZONE);
    }

    @AfterEach
    void tearDown() {
        SystemActor.clear();
    }

    @Test
    void theProviderConfirmsTheStartAndAPayoutRunPaysTheSettledGrantOnceWithAValidSepaFile() {
        JsonNode window = open("100000");
        AccountId budget =
                new AccountId(UUID.fromString(window.get("budgetAccountId").asString()));
        JsonNode granted = apply(fatima, window, electrical, today);
        assertThat(granted.get("status").asString()).isEqualTo("GRANTED");
        String id = granted.get("id").asString();
        AccountId compartment =
                new AccountId(UUID.fromString(granted.get("compartmentId").asString()));
        long payableBefore = balance(ROC);

        UUID confirmation = UUID.randomUUID();
        Map<String, Object> start = Map.of("requestId", confirmation, "startedOn", today.toString());
        Api.Response confirmed = roc.post(startConfirmations(id), start);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.body().get("status").asString()).isEqualTo("STARTED");
        assertThat(confirmed.body().get("providerId").asString()).isEqualTo(Demo.ROC.toString());
        assertThat(confirmed.body().get("startedOn").asString()).isEqualTo(today.toString());
        assertThat(balance(compartment)).isZero();
        assertThat(balance(ROC)).isEqualTo(payableBefore + 100_000);
        assertThat(fatima.get("/api/v1/scheme-applications/" + id)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("STARTED");

        Api.Response replay = roc.post(startConfirmations(id), start);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().get("status").asString()).isEqualTo("STARTED");
        assertThat(balance(ROC)).isEqualTo(payableBefore + 100_000);
        Api.Response reused = roc.post(startCancellations(id), Map.of("requestId", confirmation));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().get("type").asString()).endsWith("/request-id-reused");
        Api.Response again =
                roc.post(startConfirmations(id), Map.of("requestId", UUID.randomUUID(), "startedOn", today.toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith("/application-status");

        long bankBefore = balance(BANK);
        long payableBeforeRun = balance(ROC);
        UUID runRequest = UUID.randomUUID();
        Api.Response run = agency.post("/api/v1/payout-runs", Map.of("requestId", runRequest));

        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        String runId = run.body().get("id").asString();
        JsonNode rocLine = find(run.body().get("lines"), "providerId", Demo.ROC.toString());
        assertThat(rocLine.get("iban").asString()).isEqualTo("NL91ABNA0417164300");
        long rocPaid = cents(rocLine.get("amount").asString());
        long total = cents(run.body().get("total").asString());
        long sumOfLines = 0;
        for (JsonNode line : run.body().get("lines")) {
            sumOfLines += cents(line.get("amount").asString());
        }
        assertThat(sumOfLines).isEqualTo(total);
        assertThat(rocPaid).isGreaterThanOrEqualTo(100_000);
        // Everything settled to ROC from grants was paid, and the bank received exactly the run's total.
        assertThat(balance(ROC)).isEqualTo(payableBeforeRun - rocPaid);
        assertThat(balance(BANK)).isEqualTo(bankBefore + total);
        JsonNode paid = fatima.get("/api/v1/scheme-applications/" + id).body();
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("payoutRunId").asString()).isEqualTo(runId);

        Api.Response replayedRun = agency.post("/api/v1/payout-runs", Map.of("requestId", runRequest));
        assertThat(replayedRun.status()).isEqualTo(200);
        assertThat(replayedRun.body().get("id").asString()).isEqualTo(runId);
        Api.Response nothingLeft = agency.post("/api/v1/payout-runs", Map.of("requestId", UUID.randomUUID()));
        assertThat(nothingLeft.status()).isEqualTo(409);
        assertThat(nothingLeft.body().get("type").asString()).endsWith("/nothing-to-pay");
        assertThat(balance(ROC)).isEqualTo(payableBeforeRun - rocPaid);
        assertThat(balance(BANK)).isEqualTo(bankBefore + total);

        Api.Download file = agency.download("/api/v1/payout-runs/" + runId + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/xml");
        assertThat(OfficialSchema.problems(file.body())).isEmpty();
        String xml = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("<MsgId>" + run.body().get("messageId").asString() + "</MsgId>")
                .contains("<CtrlSum>" + run.body().get("total").asString() + "</CtrlSum>")
                .contains("<IBAN>NL91ABNA0417164300</IBAN>")
                .contains("ROC Midden Nederland");
        assertThat(agency.get("/api/v1/payout-runs").body().toString()).contains(runId);
        assertThat(agency.get("/api/v1/payout-runs/" + runId)
                        .body()
                        .get("grants")
                        .asInt())
                .isPositive();
        assertThat(roc.download("/api/v1/payout-runs/" + runId + "/file").status())
                .isEqualTo(403);

        // The scheme budget paid the grant, the provider was paid it: the window's account holds the rest.
        assertThat(balance(budget)).isEqualTo(10_000_000 - 100_000);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void onlyTheProviderOfTheOfferingConfirmsAndEveryFieldIsChecked() {
        JsonNode window = open("100000");
        String other = apply(jan, window, dataAnalysis, today).get("id").asString();

        Api.Response notOurs = roc.post(
                startConfirmations(other), Map.of("requestId", UUID.randomUUID(), "startedOn", today.toString()));
        assertThat(notOurs.status()).isEqualTo(404);
        assertThat(fatima.post(
                                startConfirmations(other),
                                Map.of("requestId", UUID.randomUUID(), "startedOn", today.toString()))
                        .status())
                .isEqualTo(403);

        // Another provider is refused before its body is read: it learns nothing about what is wrong with it.
        Api.Response notOursAndBad = roc.post(startConfirmations(other), Map.of("requestId", "nope"));
        assertThat(notOursAndBad.status()).isEqualTo(404);
        assertThat(notOursAndBad.body().has("invalidParams")).isFalse();

        Api.Response bad = agency.post(startConfirmations(other), Map.of("requestId", "nope"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("requestId", "startedOn");
        Api.Response future = agency.post(
                startConfirmations(other),
                Map.of(
                        "requestId",
                        UUID.randomUUID(),
                        "startedOn",
                        today.plusDays(2).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().toString()).contains("startedOn");
        assertThat(agency.post("/api/v1/payout-runs", Map.of()).status()).isEqualTo(400);
        assertThat(agency.post(
                                "/api/v1/payout-runs",
                                Map.of("requestId", UUID.randomUUID(), "executionDate", "2020-01-01"))
                        .status())
                .isEqualTo(400);
        assertThat(jan.get("/api/v1/scheme-applications/" + other)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("GRANTED");
    }

    @Test
    void aProviderWithdrawsAConfirmedStartBeforePayoutAndTheSettlementIsReversed() {
        JsonNode window = open("100000");
        JsonNode granted = apply(fatima, window, electrical, today);
        String id = granted.get("id").asString();
        AccountId compartment =
                new AccountId(UUID.fromString(granted.get("compartmentId").asString()));
        long payableBefore = balance(ROC);
        assertThat(roc.post(
                                startConfirmations(id),
                                Map.of("requestId", UUID.randomUUID(), "startedOn", today.toString()))
                        .status())
                .isEqualTo(201);

        UUID cancellation = UUID.randomUUID();
        Api.Response cancelled = roc.post(startCancellations(id), Map.of("requestId", cancellation));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("GRANTED");
        assertThat(cancelled.body().has("startedOn")).isFalse();
        assertThat(balance(compartment)).isEqualTo(100_000);
        assertThat(balance(ROC)).isEqualTo(payableBefore);
        assertThat(roc.post(startCancellations(id), Map.of("requestId", cancellation))
                        .status())
                .isEqualTo(200);
        assertThat(roc.post(startCancellations(id), Map.of("requestId", UUID.randomUUID()))
                        .status())
                .isEqualTo(409);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void aWithdrawnGrantGoesToTheFirstOnTheWaitingListInTheSameTransaction() {
        // 1000 euros, all reserved for people up to mbo 4: one grant, then a waiting list.
        JsonNode window = open("1000");
        AccountId budget =
                new AccountId(UUID.fromString(window.get("budgetAccountId").asString()));
        JsonNode first = apply(fatima, window, electrical, today);
        JsonNode second = apply(jan, window, electrical, today);
        JsonNode third = apply(sanne, window, electrical, today);
        assertThat(first.get("status").asString()).isEqualTo("GRANTED");
        assertThat(second.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(third.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(third.get("waitlistPosition").asInt()).isEqualTo(2);
        String id = first.get("id").asString();

        assertThat(jan.post(withdrawals(id), Map.of("requestId", UUID.randomUUID()))
                        .status())
                .isEqualTo(404);
        UUID withdrawal = UUID.randomUUID();
        Api.Response withdrawn = fatima.post(withdrawals(id), Map.of("requestId", withdrawal));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(201);
        assertThat(withdrawn.body().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.body().get("endedAt").asString()).isNotBlank();
        JsonNode promoted = jan.get(
                        "/api/v1/scheme-applications/" + second.get("id").asString())
                .body();
        assertThat(promoted.get("status").asString()).isEqualTo("GRANTED");
        assertThat(promoted.get("drawnFrom").get("mbo").asString()).isEqualTo("1000.00");
        assertThat(balance(new AccountId(
                        UUID.fromString(promoted.get("compartmentId").asString()))))
                .isEqualTo(100_000);
        JsonNode still = sanne.get(
                        "/api/v1/scheme-applications/" + third.get("id").asString())
                .body();
        assertThat(still.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(still.get("waitlistPosition").asInt()).isEqualTo(1);
        JsonNode after = agency.get("/api/v1/scheme-windows/" + window.get("id").asString())
                .body();
        assertThat(after.get("granted").asLong()).isEqualTo(1);
        assertThat(after.get("grantedTotal").asString()).isEqualTo("1000.00");
        assertThat(after.get("waiting").asInt()).isEqualTo(1);
        assertThat(balance(budget)).isZero();

        assertThat(fatima.post(withdrawals(id), Map.of("requestId", withdrawal)).status())
                .isEqualTo(200);
        assertThat(fatima.post(withdrawals(id), Map.of("requestId", UUID.randomUUID()))
                        .status())
                .isEqualTo(409);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void aGrantWithoutAConfirmedStartLapsesItsMoneyReturnsToTheBudgetAndTheWaitingListMovesUp() {
        // A planned start 91 days ago: the grant lapsed yesterday, so its compartment is valid until today only.
        JsonNode window = open("1000");
        AccountId budget =
                new AccountId(UUID.fromString(window.get("budgetAccountId").asString()));
        JsonNode first = apply(fatima, window, electrical, today.minusDays(91));
        JsonNode second = apply(jan, window, electrical, today);
        assertThat(first.get("status").asString()).isEqualTo("GRANTED");
        assertThat(first.get("lapsesOn").asString())
                .isEqualTo(today.minusDays(1).toString());
        assertThat(second.get("status").asString()).isEqualTo("WAITLISTED");
        String id = first.get("id").asString();
        AccountId compartment =
                new AccountId(UUID.fromString(first.get("compartmentId").asString()));

        Api.Response tooLate =
                roc.post(startConfirmations(id), Map.of("requestId", UUID.randomUUID(), "startedOn", today.toString()));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.body().get("type").asString()).endsWith("/grant-lapsed");

        // Today the compartment can still be spent from: the lapse run defers it to the day after.
        Schemes.Lapses waiting = schemes.lapse(today);
        assertThat(fatima.get("/api/v1/scheme-applications/" + id)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("GRANTED");
        assertThat(waiting.deferred()).isPositive();

        Schemes.Lapses lapses = schemes.lapse(today.plusDays(1));

        assertThat(lapses.lapsed()).isPositive();
        JsonNode lapsed = fatima.get("/api/v1/scheme-applications/" + id).body();
        assertThat(lapsed.get("status").asString()).isEqualTo("LAPSED");
        assertThat(balance(compartment)).isZero();
        AccountView emptied = ledger.account(compartment).orElseThrow();
        assertThat(emptied.expiredAt()).isNotNull();
        JsonNode promoted = jan.get(
                        "/api/v1/scheme-applications/" + second.get("id").asString())
                .body();
        assertThat(promoted.get("status").asString()).isEqualTo("GRANTED");
        assertThat(balance(budget)).isZero();

        // Nothing is returned twice: the ledger's own expiry run and a second lapse run find nothing left.
        long budgetAfter = balance(budget);
        ledger.expire(List.of(compartment), today.plusDays(1));
        schemes.lapse(today.plusDays(1));
        assertThat(balance(budget)).isEqualTo(budgetAfter);
        assertThat(fatima.get("/api/v1/scheme-applications/" + id)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("LAPSED");
        assertThat(invariants.check()).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    @Test
    void aProviderWhosePayoutsAreHeldIsLeftOutOfThePayoutRunAndPaidInTheFirstRunAfterTheRelease() {
        JsonNode window = open("100000");
        String id = apply(jan, window, electrical, today).get("id").asString();
        Api.Response confirmed =
                roc.post(startConfirmations(id), Map.of("requestId", UUID.randomUUID(), "startedOn", today.toString()));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        nl.leerbudget.register.ProviderId provider = new nl.leerbudget.register.ProviderId(Demo.ROC);
        UUID holdRequest = UUID.randomUUID();
        PayoutHold.Change held = ActingAs.run(
                ActingAs.administrator(),
                () -> holds.hold(holdRequest, provider, "Signaal M2: veel meer boekingen dan gewoonlijk.", "M2"));
        try {
            assertThat(held.kind()).isEqualTo(PayoutHold.Kind.HOLD);
            assertThat(ActingAs.run(
                            ActingAs.administrator(),
                            () -> holds.hold(
                                    holdRequest, provider, "Signaal M2: veel meer boekingen dan gewoonlijk.", "M2")))
                    .isEqualTo(held);
            assertThat(ActingAs.run(ActingAs.administrator(), holds::holds))
                    .anySatisfy(hold -> assertThat(hold.provider()).isEqualTo(Demo.ROC));
            long payableWhileHeld = balance(ROC);

            Api.Response run = agency.post("/api/v1/payout-runs", Map.of("requestId", UUID.randomUUID()));

            if (run.status() == 201) {
                for (JsonNode line : run.body().get("lines")) {
                    assertThat(line.get("providerId").asString()).isNotEqualTo(Demo.ROC.toString());
                }
            } else {
                assertThat(run.body().get("type").asString()).endsWith("/nothing-to-pay");
            }
            assertThat(balance(ROC)).isEqualTo(payableWhileHeld);
            assertThat(schemes.application(UUID.fromString(id)).map(a -> a.status()))
                    .contains(ApplicationStatus.STARTED);
        } finally {
            ActingAs.run(
                    ActingAs.administrator(),
                    () -> holds.release(UUID.randomUUID(), provider, "Onderzocht: de boekingen kloppen."));
        }

        Api.Response after = agency.post("/api/v1/payout-runs", Map.of("requestId", UUID.randomUUID()));

        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        JsonNode rocLine = find(after.body().get("lines"), "providerId", Demo.ROC.toString());
        assertThat(cents(rocLine.get("amount").asString())).isGreaterThanOrEqualTo(100_000);
        assertThat(ActingAs.run(ActingAs.administrator(), () -> holds.history(provider)))
                .extracting(PayoutHold.Change::kind)
                .startsWith(PayoutHold.Kind.RELEASE, PayoutHold.Kind.HOLD);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void aHoldNeedsAReasonAndAReviewerOrAdministratorAndCannotBePutTwice() {
        nl.leerbudget.register.ProviderId provider = new nl.leerbudget.register.ProviderId(Demo.OPEN_UNIVERSITY);
        assertThatThrownBy(() -> ActingAs.run(
                        ActingAs.administrator(), () -> holds.hold(UUID.randomUUID(), provider, "  ", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActingAs.run(
                        ActingAs.provider(Demo.OPEN_UNIVERSITY),
                        () -> holds.hold(UUID.randomUUID(), provider, "Zelf", null)))
                .isInstanceOf(nl.leerbudget.identity.NotPermitted.class);
        assertThatThrownBy(() -> ActingAs.run(
                        ActingAs.administrator(), () -> holds.release(UUID.randomUUID(), provider, "Niets vast")))
                .isInstanceOf(SchemeConflict.class)
                .satisfies(e -> assertThat(((SchemeConflict) e).kind()).isEqualTo("not-held"));
        UUID request = UUID.randomUUID();
        ActingAs.run(ActingAs.administrator(), () -> holds.hold(request, provider, "Signaal M3: prijs te hoog.", "M3"));
        try {
            assertThatThrownBy(() -> ActingAs.run(
                            ActingAs.administrator(), () -> holds.hold(UUID.randomUUID(), provider, "Nog eens", null)))
                    .isInstanceOf(SchemeConflict.class)
                    .satisfies(e -> assertThat(((SchemeConflict) e).kind()).isEqualTo("already-held"));
            assertThatThrownBy(() -> ActingAs.run(
                            ActingAs.administrator(), () -> holds.release(request, provider, "Andere wijziging")))
                    .isInstanceOf(SchemeConflict.class)
                    .satisfies(e -> assertThat(((SchemeConflict) e).kind()).isEqualTo("request-id-reused"));
        } finally {
            ActingAs.run(ActingAs.administrator(), () -> holds.release(UUID.randomUUID(), provider, "Onderzocht."));
        }
    }

    private static String startConfirmations(String application) {
        return "/api/v1/scheme-applications/" + application + "/start-confirmations";
    }

    private static String startCancellations(String application) {
        return "/api/v1/scheme-applications/" + application + "/start-cancellations";
    }

    private static String withdrawals(String application) {
        return "/api/v1/scheme-applications/" + application + "/withdrawals";
    }

    private JsonNode apply(Api citizen, JsonNode window, UUID offering, LocalDate plannedStart) {
        Api.Response applied = citizen.post(
                "/api/v1/scheme-windows/" + window.get("id").asString() + "/applications",
                Map.of(
                        "requestId",
                        UUID.randomUUID(),
                        "offeringId",
                        offering,
                        "plannedStart",
                        plannedStart.toString()));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.body();
    }

    /** A first-come window with a reserved pot "mbo" (up to mbo 4) of 1000 euros and the rest general. */
    private JsonNode open(String budget) {
        String code = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant now = Instant.now();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("schemeId", schemeId);
        body.put("code", code);
        body.put("name", "Test " + code);
        body.put("opensAt", now.minus(Duration.ofMinutes(1)).toString());
        body.put("closesAt", now.plus(Duration.ofDays(1)).toString());
        body.put("budget", budget);
        body.put("allocation", "FIRST_COME");
        body.put("funderAccountId", funder.value());
        body.put("targetGroups", List.of(Map.of("group", "mbo", "upToLevel", "MBO_4", "reserved", "1000")));
        Api.Response opened = agency.post("/api/v1/scheme-windows", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.body();
    }

    private long balance(AccountId account) {
        return ledger.account(account).map(AccountView::balance).orElse(0L);
    }

    private static long cents(String decimal) {
        return nl.leerbudget.shared.Money.parse(decimal).cents();
    }

    /** The demo offering of that provider whose name has these words (the demo catalogue has more than one). */
    private UUID offering(String words, UUID provider) {
        Api.Response found = new Api(port).get("/api/v1/catalogue?pageSize=100&q=" + words);
        assertThat(found.status()).isEqualTo(200);
        return UUID.fromString(find(found.body().get("items"), "providerId", provider.toString())
                .get("id")
                .asString());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + array);
    }
}
