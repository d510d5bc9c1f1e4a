package nl.leerbudget.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.leerbudget.bench.BenchSupport.client;
import static nl.leerbudget.bench.BenchSupport.group;
import static nl.leerbudget.bench.BenchSupport.properties;
import static nl.leerbudget.bench.BenchSupport.seconds;
import static nl.leerbudget.bench.BenchSupport.single;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.leerbudget.LeerbudgetApplication;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.domain.Pseudonyms;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.platform.jdbc.BulkInsert;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.RegisterProvider;
import nl.leerbudget.schemes.Allocation;
import nl.leerbudget.schemes.AllocationMethod;
import nl.leerbudget.schemes.Allotment;
import nl.leerbudget.schemes.Applicant;
import nl.leerbudget.schemes.ApplicantFacts;
import nl.leerbudget.schemes.Application;
import nl.leerbudget.schemes.Assessment;
import nl.leerbudget.schemes.Budget;
import nl.leerbudget.schemes.Decision;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.Eligibility;
import nl.leerbudget.schemes.GrantHistory;
import nl.leerbudget.schemes.OfferingFacts;
import nl.leerbudget.schemes.OpenWindow;
import nl.leerbudget.schemes.Outcome;
import nl.leerbudget.schemes.Reason;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.schemes.SchemeWindow;
import nl.leerbudget.schemes.Schemes;
import nl.leerbudget.schemes.SubBudget;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A surge on one first-come window: many people apply at once, over HTTP, at two instances sharing one database.
 * {@code bench/surge.sh} runs the three steps, each a mode of this class:
 *
 * <ol>
 *   <li>{@code setup}: on a new database, the STAP scheme, a funder, one admitted offering (eligible cost EUR 1,000),
 *       the window with its sub-budget, and the synthetic applicants in bulk (person, citizen user, login, applicant
 *       facts; about one in five ineligible); then an access token per applicant, signed with the shared development
 *       key, written to {@code applicants.tsv}.
 *   <li>{@code drive}: sends every applicant's application once, spread over the instances with a bounded number in
 *       flight; retries a 503 or a broken connection with the same request id; writes every acknowledgement to
 *       {@code acks.tsv} and the figures to {@code drive.properties}.
 *   <li>{@code check}: replays {@link Allocation#firstComeFirstServed} over all applications in receipt order and
 *       compares every decision, checks the budget and each sub-budget, that nobody is granted twice, and that every
 *       acknowledged application is stored with the same receipt and status.
 * </ol>
 *
 * Settings are system properties {@code bench.*}; the database comes from LEERBUDGET_DB_URL, LEERBUDGET_DB_USER and
 * LEERBUDGET_DB_PASSWORD.
 */
public final class Surge {

    static final String WINDOW_CODE = "SURGE";
    static final String SUB_BUDGET = "tot-en-met-mbo-4";
    static final LocalDate PLANNED_START = LocalDate.of(2027, 2, 1);
    static final long ELIGIBLE_COST_CENTS = 100_000;
    static final String ACR = "http://eidas.europa.eu/LoA/substantial";

    private Surge() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench/surge"));
        Files.createDirectories(dir);
        switch (mode) {
            case "setup" -> setup(dir);
            case "drive" -> drive(dir);
            case "reference" -> reference(dir);
            case "check" -> System.exit(check(dir) ? 0 : 1);
            default -> {
                System.err.println("usage: Surge setup|reference|drive|check  (-Dbench.dir=...)");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- setup

    private static void setup(Path dir) throws Exception {
        int applicants = Integer.getInteger("bench.applicants", 20_000);
        long budget = Long.getLong("bench.budgetEuros", 4_000_000L);
        long reserved = Long.getLong("bench.subBudgetEuros", budget / 3);
        long seed = Long.getLong("bench.seed", 2027L);
        Path keyFile = Path.of(
                System.getProperty("bench.keyFile", dir.resolve("dev-key.json").toString()));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LeerbudgetApplication.class)
                .web(WebApplicationType.NONE)
                .run("--leerbudget.demo-data=false", "--spring.main.banner-mode=off")) {
            Actors actors = context.getBean(Actors.class);
            IdentityProperties identity = context.getBean(IdentityProperties.class);
            Properties setup = new Properties();
            actors.asSystem(() -> fixtures(context, budget, reserved, setup));
            System.out.printf(Locale.ROOT, "Scheme, funder, offering and window in %.1f s%n", seconds(started));
            long people = System.nanoTime();
            List<String> subjects = applicants(context, actors, identity, applicants, seed);
            System.out.printf(
                    Locale.ROOT,
                    "%,d applicants (people, users, logins, facts) in %.1f s%n",
                    applicants,
                    seconds(people));
            long minting = System.nanoTime();
            tokens(dir.resolve("applicants.tsv"), sharedKey(keyFile), identity.devIssuer(), subjects);
            System.out.printf(Locale.ROOT, "%,d access tokens in %.1f s%n", applicants, seconds(minting));
            setup.setProperty("applicants", Integer.toString(applicants));
            try (var out = Files.newBufferedWriter(dir.resolve("setup.properties"))) {
                setup.store(out, "surge setup");
            }
        }
    }

    private static void fixtures(ConfigurableApplicationContext context, long budget, long reserved, Properties out) {
        Schemes schemes = context.getBean(Schemes.class);
        Ledger ledger = context.getBean(Ledger.class);
        Register register = context.getBean(Register.class);
        schemes.define(Scheme.builtInText(Scheme.STAP_2022));
        AccountId funder = AccountId.derived("bench/surge/funder");
        CommandResult opened = ledger.execute(new LedgerCommand(
                CommandId.derived("bench/surge/funder"),
                List.of(new OpenAccount(
                        funder, AccountKind.FUNDER, Unit.EUR, "Surge: funder", false, FunderType.STATE, null)),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR),
                        funder,
                        Money.euros(budget).cents(),
                        TransferCode.TOP_UP,
                        "Surge budget"))));
        if (!(opened instanceof CommandResult.Executed)) {
            throw new IllegalStateException("funder not opened: " + opened);
        }
        ProviderId provider = new ProviderId(UUID.nameUUIDFromBytes("bench/surge/provider".getBytes(UTF_8)));
        register.registerProvider(new RegisterProvider(
                provider,
                "71234567",
                "Surge Opleidingen",
                "NL91ABNA0417164300",
                List.of(new QualityMark(
                        QualityMark.Scheme.NRTO, "NRTO-0001", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31)))));
        register.decideProvider(provider, ProviderStatus.ADMITTED, "Toegelaten.");
        OfferingView offering = register.submitOffering(
                provider,
                new OfferingDetails(
                        OfferingType.SHORT_COURSE,
                        "Veilig werken met elektrische installaties",
                        "Een korte cursus veilig werken volgens NEN 3140, met praktijkopdrachten en een examen.",
                        null,
                        40,
                        OfferingDetails.StudyLoadUnit.HOURS,
                        ELIGIBLE_COST_CENTS,
                        0,
                        ELIGIBLE_COST_CENTS,
                        OfferingDetails.Modality.IN_PERSON,
                        "Utrecht",
                        List.of(PLANNED_START),
                        null,
                        List.of("techniek"),
                        List.of(),
                        false));
        OfferingView admitted = register.decideOffering(offering.id(), true, "Voldoet aan het toetsingskader.");
        Instant now = Instant.now();
        SchemeWindow window = schemes.open(new OpenWindow(
                Scheme.STAP_2022,
                WINDOW_CODE,
                "STAP-budget: piekbelasting",
                now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofDays(1)),
                Money.euros(budget),
                List.of(new OpenWindow.TargetGroup(SUB_BUDGET, EducationLevel.MBO_4, Money.euros(reserved))),
                AllocationMethod.FIRST_COME,
                null,
                funder.value()));
        out.setProperty("window", window.id().toString());
        out.setProperty("offering", admitted.id().value().toString());
        out.setProperty("offeringType", admitted.details().type().name());
        out.setProperty("offeringAdmitted", Boolean.toString(admitted.bookable()));
    }

    /**
     * The applicants in bulk, as COPY into the tables (the registration of a citizen one by one would take longer
     * than the surge itself): about 11% without a tie to the labour market, 11% past the state pension age, the rest
     * eligible; education levels spread so that about 45% belong to the target group of the sub-budget.
     */
    private static List<String> applicants(
            ConfigurableApplicationContext context, Actors actors, IdentityProperties identity, int count, long seed) {
        BulkInsert bulk = context.getBean(BulkInsert.class);
        Schemes schemes = context.getBean(Schemes.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Pseudonyms pseudonyms = new Pseudonyms(identity.pseudonymKeyBytes());
        EducationLevel[] levels = EducationLevel.values();
        Random random = new Random(seed);
        Instant now = Instant.now();
        List<String> subjects = new ArrayList<>(count);
        int chunk = 10_000;
        for (int from = 0; from < count; from += chunk) {
            int to = Math.min(count, from + chunk);
            List<Object[]> people = new ArrayList<>();
            List<Object[]> users = new ArrayList<>();
            List<Object[]> logins = new ArrayList<>();
            List<ApplicantFacts> facts = new ArrayList<>();
            for (int i = from; i < to; i++) {
                UUID person = uuid("person", i);
                UUID user = uuid("user", i);
                String subject = pseudonyms.pairwise(identity.sector(), "surge-" + i);
                subjects.add(subject);
                // Synthetic people have no BSN: the lookup column holds a marker that no HMAC output can equal.
                people.add(new Object[] {person, "surge-" + i, "-", "Aanvrager " + i, now});
                users.add(new Object[] {user, "Aanvrager " + i, person, "CITIZEN", now});
                logins.add(new Object[] {identity.devIssuer(), subject, user});
                double kind = random.nextDouble();
                boolean tied = kind >= 0.11;
                LocalDate born = kind >= 0.11 && kind < 0.22
                        ? LocalDate.of(1945 + random.nextInt(10), 1 + random.nextInt(12), 1)
                        : LocalDate.of(1962 + random.nextInt(42), 1 + random.nextInt(12), 1 + random.nextInt(28));
                EducationLevel level = levels[random.nextInt(levels.length)];
                facts.add(new ApplicantFacts(new PersonId(person), born, tied, level, null));
            }
            transactions.executeWithoutResult(status -> {
                bulk.into("person", List.of("id", "bsn_lookup", "bsn_encrypted", "display_name", "created_at"), people);
                bulk.into("app_user", List.of("id", "display_name", "person_id", "roles", "created_at"), users);
                bulk.into("login_subject", List.of("issuer", "subject", "user_id"), logins);
            });
            actors.asSystem(() -> schemes.recordApplicants(facts));
        }
        return subjects;
    }

    static UUID uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes(("bench/surge/" + kind + "/" + i).getBytes(UTF_8));
    }

    /** The request id of applicant {@code i}: the same on every retry. */
    static UUID requestId(int i) {
        return uuid("request", i);
    }

    /** The development identity provider's key from the file the instances share; made there first if absent. */
    static RSAKey sharedKey(Path file) throws IOException, JOSEException, java.text.ParseException {
        if (!Files.exists(file)) {
            Files.writeString(
                    file,
                    new RSAKeyGenerator(2048)
                            .keyID(UUID.randomUUID().toString())
                            .generate()
                            .toJSONString());
        }
        return RSAKey.parse(Files.readString(file));
    }

    /** Access tokens as the development identity provider issues them after a login, valid for three hours. */
    private static void tokens(Path file, RSAKey key, String issuer, List<String> subjects) throws Exception {
        RSASSASigner signer = new RSASSASigner(key);
        JWSHeader header =
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build();
        Date issued = new Date();
        Date expires = Date.from(issued.toInstant().plus(Duration.ofHours(3)));
        String[] tokens = new String[subjects.size()];
        IntStream.range(0, subjects.size()).parallel().forEach(i -> {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subjects.get(i))
                    .audience("leerbudget-web")
                    .issueTime(issued)
                    .expirationTime(expires)
                    .claim("scope", List.of("openid", "profile"))
                    .claim("acr", ACR)
                    .build();
            SignedJWT jwt = new SignedJWT(header, claims);
            try {
                jwt.sign(signer);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            tokens[i] = jwt.serialize();
        });
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < tokens.length; i++) {
                out.write(i + "\t" + requestId(i) + "\t" + tokens[i] + "\n");
            }
        }
    }

    // ---------------------------------------------------------------- drive

    private static final Pattern RECEIPT = Pattern.compile("\"receiptNumber\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    private static void drive(Path dir) throws Exception {
        Properties setup = properties(dir.resolve("setup.properties"));
        String window = setup.getProperty("window");
        String offering = setup.getProperty("offering");
        int inFlight = Integer.getInteger("bench.inFlight", 64);
        List<String> bases = bases();
        List<String> requestIds = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        readApplicants(dir, requestIds, tokens);
        int count = requestIds.size();
        long[] latency = new long[count];
        int[] codes = new int[count];
        String[] receipts = new String[count];
        String[] statuses = new String[count];
        LongAdder retried503 = new LongAdder();
        LongAdder retriedIo = new LongAdder();
        LongAdder retriedOther = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime()
                + Duration.ofSeconds(Long.getLong("bench.maxSeconds", 600)).toNanos();
        HttpClient client = client();
        System.out.printf(Locale.ROOT, "Sending %,d applications, %d in flight, to %s%n", count, inFlight, bases);
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        LongAdder answered = new LongAdder();
        Path progress = dir.resolve("progress");
        Thread reporter = Thread.ofPlatform().daemon().start(() -> {
            // For a fault script that waits until part of the surge is answered.
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Files.writeString(progress, answered.sum() + "\n");
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < inFlight; t++) {
                senders.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        String body = "{\"requestId\":\"" + requestIds.get(i) + "\",\"offeringId\":\"" + offering
                                + "\",\"plannedStart\":\"" + PLANNED_START + "\"}";
                        long sent = System.nanoTime();
                        int attempt = 0;
                        while (true) {
                            String base = bases.get((i + attempt) % bases.size());
                            HttpRequest request = HttpRequest.newBuilder(
                                            URI.create(base + "/api/v1/scheme-windows/" + window + "/applications"))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Authorization", "Bearer " + tokens.get(i))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build();
                            attempt++;
                            long backoff = Math.min(2_000, 50L * attempt);
                            try {
                                HttpResponse<String> response =
                                        client.send(request, HttpResponse.BodyHandlers.ofString());
                                int code = response.statusCode();
                                if (code == 200 || code == 201) {
                                    codes[i] = code;
                                    receipts[i] = group(RECEIPT, response.body());
                                    statuses[i] = group(STATUS, response.body());
                                    break;
                                }
                                if (code >= 500 || code == 429) {
                                    // Unavailable, or failed while a database or instance went away: same request id.
                                    retried503.increment();
                                    backoff = Math.max(
                                            backoff,
                                            1000L
                                                    * Long.parseLong(response.headers()
                                                            .firstValue("Retry-After")
                                                            .orElse("0")));
                                    backoff = Math.min(backoff, 2_000);
                                } else {
                                    // A 4xx other than 429 is an answer, not a hiccup: record it, do not retry.
                                    codes[i] = code;
                                    statuses[i] = "HTTP" + code;
                                    retriedOther.increment();
                                    break;
                                }
                            } catch (IOException e) {
                                retriedIo.increment();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return null;
                            }
                            if (System.nanoTime() > deadline) {
                                statuses[i] = "GAVE-UP";
                                break;
                            }
                            Thread.sleep(backoff);
                        }
                        latency[i] = System.nanoTime() - sent;
                        answered.increment();
                    }
                    return null;
                });
            }
        }
        double elapsed = seconds(started);
        reporter.interrupt();
        Files.writeString(progress, answered.sum() + "\n");
        double driverCpu = (processCpuNanos() - cpuBefore) / 1e9;
        int acknowledged = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("acks.tsv")))) {
            for (int i = 0; i < count; i++) {
                if (codes[i] == 200 || codes[i] == 201) {
                    acknowledged++;
                    out.println(requestIds.get(i) + "\t" + codes[i] + "\t" + receipts[i] + "\t" + statuses[i]);
                }
            }
        }
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        for (String status : statuses) {
            byStatus.merge(String.valueOf(status), 1, Integer::sum);
        }
        Properties figures = new Properties();
        figures.setProperty("applications", Integer.toString(count));
        figures.setProperty("acknowledged", Integer.toString(acknowledged));
        figures.setProperty("seconds", String.format(Locale.ROOT, "%.1f", elapsed));
        figures.setProperty("perSecond", String.format(Locale.ROOT, "%.0f", acknowledged / elapsed));
        figures.setProperty("p50", millis(sorted, 0.50));
        figures.setProperty("p99", millis(sorted, 0.99));
        figures.setProperty("p999", millis(sorted, 0.999));
        figures.setProperty("max", millis(sorted, 1.0));
        figures.setProperty("retried503", Long.toString(retried503.sum()));
        figures.setProperty("retriedConnection", Long.toString(retriedIo.sum()));
        figures.setProperty("refused", Long.toString(retriedOther.sum()));
        figures.setProperty("statuses", byStatus.toString());
        figures.setProperty("driverCpuSeconds", String.format(Locale.ROOT, "%.1f", driverCpu));
        try (var out = Files.newBufferedWriter(dir.resolve("drive.properties"))) {
            figures.store(out, "surge drive");
        }
        System.out.printf(
                Locale.ROOT,
                "%,d of %,d acknowledged in %.1f s (%s per second); latency p50 %s ms, p99 %s ms, max %s ms;"
                        + " retries: %s on 503/429, %s on connection errors; refused %s; %s%n",
                acknowledged,
                count,
                elapsed,
                figures.getProperty("perSecond"),
                figures.getProperty("p50"),
                figures.getProperty("p99"),
                figures.getProperty("max"),
                retried503.sum(),
                retriedIo.sum(),
                retriedOther.sum(),
                byStatus);
    }

    /**
     * The reference: the same applicants, tokens, connections and requests in flight, each asking {@code GET
     * /api/v1/me} (token check, user, JSON; no database write) at the same instances. How many of those an instance
     * answers per second bounds what any API call can reach on this machine. Writes {@code reference.properties}.
     */
    private static void reference(Path dir) throws Exception {
        int inFlight = Integer.getInteger("bench.inFlight", 64);
        List<String> bases = bases();
        List<String> tokens = new ArrayList<>();
        readApplicants(dir, new ArrayList<>(), tokens);
        int count = Math.min(tokens.size(), Integer.getInteger("bench.referenceRequests", 20_000));
        HttpClient client = client();
        AtomicInteger next = new AtomicInteger();
        LongAdder failed = new LongAdder();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < inFlight; t++) {
                senders.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        HttpRequest request = HttpRequest.newBuilder(
                                        URI.create(bases.get(i % bases.size()) + "/api/v1/me"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + tokens.get(i))
                                .GET()
                                .build();
                        try {
                            if (client.send(request, HttpResponse.BodyHandlers.ofString())
                                            .statusCode()
                                    != 200) {
                                failed.increment();
                            }
                        } catch (IOException e) {
                            failed.increment();
                        }
                    }
                    return null;
                });
            }
        }
        double elapsed = seconds(started);
        Properties figures = new Properties();
        figures.setProperty("requests", Integer.toString(count));
        figures.setProperty("failed", Long.toString(failed.sum()));
        figures.setProperty("seconds", String.format(Locale.ROOT, "%.1f", elapsed));
        figures.setProperty("perSecond", String.format(Locale.ROOT, "%.0f", count / elapsed));
        figures.setProperty(
                "driverCpuSeconds", String.format(Locale.ROOT, "%.1f", (processCpuNanos() - cpuBefore) / 1e9));
        try (var out = Files.newBufferedWriter(dir.resolve("reference.properties"))) {
            figures.store(out, "surge reference");
        }
        System.out.printf(
                Locale.ROOT,
                "Reference: %,d GET /api/v1/me in %.1f s (%s per second), %d failed%n",
                count,
                elapsed,
                figures.getProperty("perSecond"),
                failed.sum());
    }

    /** The instances' base URLs ({@code bench.urls}, comma-separated). */
    private static List<String> bases() {
        return Arrays.stream(System.getProperty("bench.urls", "http://127.0.0.1:8080")
                        .split(","))
                .map(String::trim)
                .toList();
    }

    /** Each applicant's request id and access token from {@code applicants.tsv}, in the file's order. */
    private static void readApplicants(Path dir, List<String> requestIds, List<String> tokens) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("applicants.tsv"))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split("\t", 3);
                requestIds.add(parts[1]);
                tokens.add(parts[2]);
            }
        }
    }

    /** HTTP/1.1 with kept-alive connections, as a browser or an app would send. */

    /** CPU time this process has used, all threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String millis(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1e6);
    }

    // ---------------------------------------------------------------- check

    /** A stored application as the checker reads it. */
    private record Stored(
            UUID id,
            long receipt,
            UUID requestId,
            UUID person,
            Instant receivedAt,
            String status,
            Long amount,
            String reasons,
            Integer position,
            String drawnFrom) {}

    private static boolean check(Path dir) throws Exception {
        Properties setup = properties(dir.resolve("setup.properties"));
        UUID windowId = UUID.fromString(setup.getProperty("window"));
        int applicants = Integer.parseInt(setup.getProperty("applicants"));
        OfferingFacts offering = new OfferingFacts(
                OfferingType.valueOf(setup.getProperty("offeringType")),
                false,
                Boolean.parseBoolean(setup.getProperty("offeringAdmitted")),
                Money.cents(ELIGIBLE_COST_CENTS));
        Scheme scheme = Scheme.builtIn(Scheme.STAP_2022);
        List<String> failures = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(
                System.getenv("LEERBUDGET_DB_URL"),
                System.getenv("LEERBUDGET_DB_USER"),
                System.getenv("LEERBUDGET_DB_PASSWORD"))) {
            db.setReadOnly(true);
            // The window and its pots.
            String code;
            long budget;
            long lastReceipt;
            long grantedCount;
            long grantedCents;
            UUID budgetAccount;
            try (PreparedStatement query = db.prepareStatement(
                    "select code, budget_cents, last_receipt, granted_count, granted_cents, budget_account"
                            + " from scheme_window where id = ?")) {
                query.setObject(1, windowId);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    code = rs.getString(1);
                    budget = rs.getLong(2);
                    lastReceipt = rs.getLong(3);
                    grantedCount = rs.getLong(4);
                    grantedCents = rs.getLong(5);
                    budgetAccount = rs.getObject(6, UUID.class);
                }
            }
            Map<String, EducationLevel> levels = new LinkedHashMap<>();
            Map<String, Long> reservedByPot = new LinkedHashMap<>();
            List<SubBudget> subBudgets = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(
                    "select pot, up_to_level, reserved_cents from scheme_window_pot where window_id = ? order by position")) {
                query.setObject(1, windowId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        reservedByPot.put(rs.getString(1), rs.getLong(3));
                        if (rs.getString(2) != null) {
                            levels.put(rs.getString(1), EducationLevel.valueOf(rs.getString(2)));
                            subBudgets.add(new SubBudget(rs.getString(1), Money.cents(rs.getLong(3))));
                        }
                    }
                }
            }
            Map<UUID, Applicant> facts = new HashMap<>();
            try (PreparedStatement query =
                    db.prepareStatement("select a.person_id, a.birth_date, a.labour_market, a.education_level, a.sector"
                            + " from scheme_applicant a where a.person_id in"
                            + " (select person_id from scheme_application where window_id = ?)")) {
                query.setObject(1, windowId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        facts.put(
                                rs.getObject(1, UUID.class),
                                new Applicant(
                                        rs.getObject(2, LocalDate.class),
                                        rs.getBoolean(3),
                                        EducationLevel.valueOf(rs.getString(4)),
                                        rs.getString(5)));
                    }
                }
            }
            List<Stored> stored = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(
                    "select id, receipt, request_id, person_id, received_at, status, amount_cents, reasons,"
                            + " waitlist_position, drawn_from from scheme_application where window_id = ?"
                            + " order by receipt")) {
                query.setObject(1, windowId);
                query.setFetchSize(10_000);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new Stored(
                                rs.getObject(1, UUID.class),
                                rs.getLong(2),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, UUID.class),
                                rs.getObject(5, java.time.OffsetDateTime.class).toInstant(),
                                rs.getString(6),
                                (Long) rs.getObject(7),
                                rs.getString(8),
                                (Integer) rs.getObject(9),
                                rs.getString(10)));
                    }
                }
            }

            // Receipts 1..n without gaps, one application per applicant.
            for (int i = 0; i < stored.size(); i++) {
                if (stored.get(i).receipt() != i + 1) {
                    failures.add("receipt " + (i + 1) + " missing (found "
                            + stored.get(i).receipt() + ")");
                    break;
                }
            }
            if (stored.size() != lastReceipt) {
                failures.add("window's last receipt " + lastReceipt + " but " + stored.size() + " applications");
            }
            if (stored.size() != applicants) {
                failures.add(applicants + " applicants but " + stored.size() + " applications stored");
            }

            // The replay: first-come-first-served over the eligible first applications, in receipt order.
            Set<UUID> seen = new HashSet<>();
            List<Application> eligible = new ArrayList<>();
            Map<String, Stored> byReference = new HashMap<>();
            int mismatches = 0;
            for (Stored a : stored) {
                String expectedRejection = null;
                if (!seen.add(a.person())) {
                    expectedRejection = Allocation.secondApplicationReason().ruleId();
                } else {
                    Applicant applicant = facts.get(a.person());
                    LocalDate day = LocalDate.ofInstant(a.receivedAt(), Ledger.ZONE);
                    Assessment assessment = applicant == null
                            ? null
                            : Eligibility.assess(scheme, applicant, offering, day, new GrantHistory(List.of()));
                    if (assessment == null) {
                        expectedRejection = "S0";
                    } else if (assessment instanceof Assessment.Ineligible ineligible) {
                        expectedRejection = String.join(
                                "\n",
                                ineligible.reasons().stream()
                                        .map(Reason::ruleId)
                                        .toList());
                    } else if (assessment instanceof Assessment.Eligible yes) {
                        Set<String> groups = new LinkedHashSet<>();
                        levels.forEach((pot, level) -> {
                            if (applicant.highestEducationLevel().isAtMost(level)) {
                                groups.add(pot);
                            }
                        });
                        eligible.add(new Application(
                                a.id().toString(), new PersonId(a.person()), yes.grantAmount(), groups));
                        byReference.put(a.id().toString(), a);
                    }
                }
                if (expectedRejection != null) {
                    String actual = a.reasons() == null
                            ? ""
                            : String.join(
                                    "\n",
                                    Arrays.stream(a.reasons().split("\n"))
                                            .map(line -> line.substring(0, line.indexOf('\t')))
                                            .toList());
                    if (!a.status().equals("REJECTED") || !actual.equals(expectedRejection)) {
                        if (mismatches++ < 5) {
                            failures.add("receipt " + a.receipt() + ": expected rejection " + expectedRejection
                                    + ", stored " + a.status() + " " + actual);
                        }
                    }
                }
            }
            Allotment allotment =
                    Allocation.firstComeFirstServed(eligible, new Budget(Money.cents(budget)), subBudgets);
            long replayGranted = 0;
            long replayCents = 0;
            for (Outcome outcome : allotment.outcomes()) {
                Stored a = Objects.requireNonNull(
                        byReference.get(outcome.application().reference()));
                String expected;
                switch (outcome.decision()) {
                    case Decision.Granted granted -> {
                        replayGranted++;
                        replayCents += granted.amount().cents();
                        expected = "GRANTED " + granted.amount().cents() + " " + drawn(granted.drawnFrom());
                    }
                    case Decision.Waitlisted waitlisted -> expected = "WAITLISTED " + waitlisted.position();
                    case Decision.Rejected rejected ->
                        expected = "REJECTED " + rejected.reason().ruleId();
                }
                String actual = switch (a.status()) {
                    case "GRANTED" -> "GRANTED " + a.amount() + " " + canonical(a.drawnFrom());
                    case "WAITLISTED" -> "WAITLISTED " + a.position();
                    case "REJECTED" -> "REJECTED " + a.reasons();
                    default -> a.status();
                };
                if (!expected.equals(actual) && mismatches++ < 5) {
                    failures.add("receipt " + a.receipt() + ": replay " + expected + ", stored " + actual);
                }
            }
            if (mismatches > 0) {
                failures.add(mismatches + " decisions differ from the replay");
            }

            // The money: budget, sub-budgets, the window's counters, the ledger.
            long storedCents = 0;
            long storedGranted = 0;
            Map<String, Long> drawnByPot = new LinkedHashMap<>();
            for (Stored a : stored) {
                if (a.status().equals("GRANTED")) {
                    storedGranted++;
                    storedCents += Objects.requireNonNull(a.amount());
                    for (String part : a.drawnFrom().split(",")) {
                        String[] pot = part.split("=");
                        drawnByPot.merge(pot[0], Long.parseLong(pot[1]), Long::sum);
                    }
                }
            }
            if (storedCents > budget) {
                failures.add("granted " + storedCents + " cents over the budget of " + budget);
            }
            drawnByPot.forEach((pot, cents) -> {
                if (cents > reservedByPot.getOrDefault(pot, 0L)) {
                    failures.add("pot " + pot + " gave " + cents + " cents of " + reservedByPot.get(pot));
                }
            });
            if (storedGranted != grantedCount || storedCents != grantedCents) {
                failures.add("window counts " + grantedCount + " grants / " + grantedCents + " cents, applications "
                        + storedGranted + " / " + storedCents);
            }
            if (storedGranted != replayGranted || storedCents != replayCents) {
                failures.add("replay grants " + replayGranted + " / " + replayCents + " cents, stored " + storedGranted
                        + " / " + storedCents);
            }
            try (PreparedStatement query =
                    db.prepareStatement("select credits_posted - debits_posted from ledger_account where id = ?")) {
                query.setObject(1, budgetAccount);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    long balance = rs.getLong(1);
                    if (balance != budget - storedCents) {
                        failures.add("budget account holds " + balance + ", expected " + (budget - storedCents));
                    }
                }
            }
            long twice = single(
                    db,
                    "select count(*) from (select person_id from scheme_application where status = 'GRANTED'"
                            + " group by person_id having count(*) > 1) t");
            if (twice != 0) {
                failures.add(twice + " people granted more than once");
            }

            // Every acknowledgement: stored under its request id with the same receipt number and status.
            Map<UUID, Stored> byRequest = new HashMap<>();
            stored.forEach(a -> byRequest.put(a.requestId(), a));
            int acks = 0;
            int lost = 0;
            try (BufferedReader in = Files.newBufferedReader(dir.resolve("acks.tsv"))) {
                String line;
                while ((line = in.readLine()) != null) {
                    acks++;
                    String[] parts = line.split("\t");
                    Stored a = byRequest.get(UUID.fromString(parts[0]));
                    String receipt = a == null ? null : code + "-" + String.format("%06d", a.receipt());
                    if (a == null || !parts[2].equals(receipt) || !parts[3].equals(a.status())) {
                        if (lost++ < 5) {
                            failures.add("acknowledged " + line.replace('\t', ' ') + " but stored "
                                    + (a == null ? "nothing" : receipt + " " + a.status()));
                        }
                    }
                }
            }
            if (lost > 0) {
                failures.add(lost + " acknowledged applications not stored as acknowledged");
            }
            if (acks != applicants) {
                failures.add(acks + " of " + applicants + " applications acknowledged");
            }
            Map<String, Long> statuses = new java.util.TreeMap<>();
            stored.forEach(a -> statuses.merge(a.status(), 1L, Long::sum));
            System.out.printf(
                    Locale.ROOT,
                    "Checked %,d applications (%,d acknowledged) against the replay: %s; granted EUR %s of EUR %s;"
                            + " drawn per pot %s%n",
                    stored.size(),
                    acks,
                    statuses,
                    Money.cents(storedCents).toDecimalString(),
                    Money.cents(budget).toDecimalString(),
                    drawnByPot);
        }
        if (failures.isEmpty()) {
            System.out.println("CHECK PASSED");
            return true;
        }
        failures.forEach(f -> System.out.println("CHECK FAILED: " + f));
        return false;
    }

    /**
     * The pots a grant was drawn from, in pot name order: a grant's parts are a map, and the order in which they are
     * written says nothing (a decision's map iterates in an order that differs from one JVM to the next).
     */
    /** A stored {@code pot=cents,...} list in pot name order. */
    private static String canonical(String stored) {
        Map<String, Money> parts = new java.util.TreeMap<>();
        for (String part : stored.split(",")) {
            int equals = part.indexOf('=');
            parts.put(part.substring(0, equals), Money.cents(Long.parseLong(part.substring(equals + 1))));
        }
        return drawn(parts);
    }

    private static String drawn(Map<String, Money> drawn) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(drawn).forEach((pot, money) -> {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(pot).append('=').append(money.cents());
        });
        return text.toString();
    }
}
