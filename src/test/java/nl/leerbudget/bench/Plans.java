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
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import nl.leerbudget.LeerbudgetApplication;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.domain.Pseudonyms;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.BulkCredit;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.platform.jdbc.BulkInsert;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.Register;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.Trainings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Financing plans and bookings under load, on PostgreSQL, over HTTP at one instance. {@code bench/plans.sh} runs the
 * steps, each a mode of this class:
 *
 * <ol>
 *   <li>{@code setup}: on a new database, eight admitted offerings of eight providers (every offering type, recognised
 *       and not, several fields, one that compartments are earmarked for), twelve funder accounts (the state,
 *       employers, sector funds, municipalities), the people in bulk (person, citizen user, login subject), and their
 *       compartments through {@link Ledger#creditInBulk}: 24 programmes, each with its funder, label, conditions
 *       (offering types, recognised only, sectors, one earmarked offering) and expiry rule; per person a random subset
 *       of them, 1 to 6 (3% of the people have 20), each with its own amount and validity (8% expired, 5% not yet
 *       valid). Then access tokens, signed with the shared development key, for random samples of the people: those
 *       who ask for plans, those who book, those whose bookings are posted alone, and compartments for the ledger's
 *       reference.
 *   <li>{@code drive}: {@code GET /api/v1/financing-plans} open-loop at a fixed rate: the arrival time of every
 *       request is fixed in advance and its latency counted from then, so that queueing counts; person, offering and
 *       start date random per request with a fixed seed. A warm-up at the same rate first, not reported.
 *   <li>{@code book}: per person, the plan, then {@code POST /api/v1/bookings} on its fingerprint, a fixed number in
 *       flight; {@code post}: the plans first (not measured), then the booking POSTs alone.
 *   <li>{@code ledger}: the reference, in the same run on the same database: one hold per ledger command (what a
 *       booking places per paying compartment), compartment to provider, as many threads as bookings in flight, in
 *       this process through {@link Ledger#execute}.
 *   <li>{@code check}: every acknowledged booking is stored with its holds, every unit sums to zero, the population is
 *       as set up.
 *   <li>{@code profile}: where the instance's CPU went, from a flight recording of a drive.
 * </ol>
 *
 * Settings are system properties {@code bench.*}; the database comes from LEERBUDGET_DB_URL, LEERBUDGET_DB_USER and
 * LEERBUDGET_DB_PASSWORD. CPU is read from {@code /proc}: the instance ({@code bench.instancePid}), PostgreSQL (every
 * process of the user with uid {@code bench.postgresUid}) and this process.
 */
public final class Plans {

    static final String ACR = "http://eidas.europa.eu/LoA/substantial";
    static final int PROGRAMMES = 24;
    /** The share of people with 20 compartments; the others have 1 to 6, so that the average is about 4. */
    static final double MANY_SHARE = 0.03;

    static final int MANY = 20;

    private Plans() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench/plans"));
        Files.createDirectories(dir);
        switch (mode) {
            case "setup" -> setup(dir);
            case "drive" -> drive(dir);
            case "book" -> book(dir, false);
            case "warm" -> book(dir, false, "warm");
            case "post" -> book(dir, true);
            case "ledger" -> ledger(dir);
            case "check" -> System.exit(check(dir) ? 0 : 1);
            case "profile" -> profile(Path.of(args[1]), dir.resolve("profile.txt"));
            default -> {
                System.err.println("usage: Plans setup|drive|book|post|ledger|check|profile <file.jfr>");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- the population

    /** An offering of the bench: what it is, and on which days it starts. */
    record OfferingSpec(
            OfferingType type, String name, boolean recognised, List<String> fields, long priceCents, long eligible) {}

    static final List<LocalDate> START_DATES =
            List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 12), LocalDate.of(2027, 9, 6));

    static final List<OfferingSpec> OFFERINGS = List.of(
            new OfferingSpec(
                    OfferingType.SHORT_COURSE,
                    "Veilig werken met elektrische installaties",
                    false,
                    List.of("techniek"),
                    100_000,
                    100_000),
            new OfferingSpec(
                    OfferingType.MBO_CERTIFICATE, "Helpende zorg en welzijn", true, List.of("zorg"), 250_000, 240_000),
            new OfferingSpec(
                    OfferingType.DIPLOMA_PROGRAMME,
                    "Associate degree software development",
                    true,
                    List.of("ict"),
                    600_000,
                    600_000),
            new OfferingSpec(
                    OfferingType.MICROCREDENTIAL, "Data-analyse met Python", false, List.of("ict"), 80_000, 75_000),
            new OfferingSpec(
                    OfferingType.SHORT_COURSE, "Heftruckcertificaat", false, List.of("logistiek"), 45_000, 45_000),
            new OfferingSpec(
                    OfferingType.EVC_PROCEDURE,
                    "Ervaringscertificaat verzorgende IG",
                    false,
                    List.of("zorg"),
                    120_000,
                    120_000),
            new OfferingSpec(OfferingType.CAREER_ADVICE, "Loopbaangesprek", false, List.of(), 30_000, 30_000),
            // Offering 7: the one some compartments are earmarked for.
            new OfferingSpec(
                    OfferingType.SHORT_COURSE,
                    "Storingsdiagnose aan laadpalen",
                    false,
                    List.of("techniek"),
                    150_000,
                    150_000));

    static final int EARMARKED = 7;

    /** A funder account of the bench. */
    record Funder(String name, FunderType type) {}

    static final List<Funder> FUNDERS = List.of(
            new Funder("Rijksoverheid: leerrechten", FunderType.STATE),
            new Funder("Rijksoverheid: scholingsvouchers", FunderType.STATE),
            new Funder("Bouwbedrijf De Vries", FunderType.EMPLOYER),
            new Funder("Zorggroep Noord", FunderType.EMPLOYER),
            new Funder("Logistiek Centrum Tilburg", FunderType.EMPLOYER),
            new Funder("Gemeentelijke ICT-dienst", FunderType.EMPLOYER),
            new Funder("Installatietechniek Oost", FunderType.EMPLOYER),
            new Funder("Opleidingsfonds Techniek", FunderType.SECTOR_FUND),
            new Funder("Sectorfonds Zorg en Welzijn", FunderType.SECTOR_FUND),
            new Funder("Opleidingsfonds ICT", FunderType.SECTOR_FUND),
            new Funder("Gemeente Utrecht", FunderType.MUNICIPALITY),
            new Funder("Gemeente Rotterdam", FunderType.MUNICIPALITY));

    /**
     * A programme: compartments of one funder with one label, conditions and expiry rule.
     *
     * @param earmark the offering (index) its compartments may only pay for, or -1
     */
    record Programme(
            int funder,
            String label,
            Set<OfferingType> types,
            boolean recognisedOnly,
            Set<String> sectors,
            int earmark,
            ExpiryRule expiry) {

        CompartmentConditions conditions(List<String> offeringIds) {
            return new CompartmentConditions(
                    types, recognisedOnly, earmark < 0 ? null : offeringIds.get(earmark), sectors);
        }

        boolean unconditional() {
            return types.isEmpty() && !recognisedOnly && sectors.isEmpty() && earmark < 0;
        }
    }

    private static final Set<OfferingType> NONE = Set.of();

    static final List<Programme> PROGRAMMES_LIST = List.of(
            new Programme(
                    0,
                    Rights.LABEL,
                    Set.of(
                            OfferingType.DIPLOMA_PROGRAMME,
                            OfferingType.MBO_CERTIFICATE,
                            OfferingType.MICROCREDENTIAL,
                            OfferingType.SHORT_COURSE,
                            OfferingType.EVC_PROCEDURE),
                    false,
                    Set.of(),
                    -1,
                    ExpiryRule.LAPSE_TO_STATE),
            new Programme(1, "Scholingsvoucher", NONE, true, Set.of(), -1, ExpiryRule.LAPSE_TO_STATE),
            new Programme(
                    1,
                    "Ontwikkeladvies",
                    Set.of(OfferingType.CAREER_ADVICE),
                    false,
                    Set.of(),
                    -1,
                    ExpiryRule.LAPSE_TO_STATE),
            new Programme(2, "Opleidingsbudget werkgever", NONE, false, Set.of(), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(
                    3,
                    "Opleidingsbudget werkgever",
                    Set.of(OfferingType.SHORT_COURSE, OfferingType.MICROCREDENTIAL),
                    false,
                    Set.of(),
                    -1,
                    ExpiryRule.RETURN_TO_FUNDER),
            new Programme(4, "Opleidingsbudget werkgever", NONE, false, Set.of(), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(5, "Opleidingsbudget werkgever", NONE, false, Set.of("ict"), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(
                    6,
                    "Opleidingsbudget werkgever",
                    Set.of(OfferingType.MBO_CERTIFICATE, OfferingType.DIPLOMA_PROGRAMME),
                    false,
                    Set.of(),
                    -1,
                    ExpiryRule.RETURN_TO_FUNDER),
            new Programme(6, "Afspraak laadpalen", NONE, false, Set.of(), EARMARKED, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(7, "Sectorfonds techniek", NONE, false, Set.of("techniek"), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(8, "Sectorfonds zorg", NONE, false, Set.of("zorg"), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(9, "Sectorfonds ICT", NONE, false, Set.of("ict"), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(
                    7,
                    "Sectorfonds techniek: mbo",
                    Set.of(OfferingType.MBO_CERTIFICATE),
                    false,
                    Set.of("techniek"),
                    -1,
                    ExpiryRule.RETURN_TO_FUNDER),
            new Programme(
                    10,
                    "Gemeente: leerwerkbudget",
                    Set.of(OfferingType.SHORT_COURSE, OfferingType.MBO_CERTIFICATE, OfferingType.CAREER_ADVICE),
                    false,
                    Set.of(),
                    -1,
                    ExpiryRule.RETURN_TO_FUNDER),
            new Programme(11, "Gemeente: scholing", NONE, true, Set.of(), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(11, "Gemeente: heftruckcursus", NONE, false, Set.of(), 4, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(2, "Persoonlijk ontwikkelbudget", NONE, false, Set.of(), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(
                    3,
                    "Budget EVC",
                    Set.of(OfferingType.EVC_PROCEDURE),
                    false,
                    Set.of(),
                    -1,
                    ExpiryRule.RETURN_TO_FUNDER),
            new Programme(4, "Persoonlijk ontwikkelbudget", NONE, false, Set.of(), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(5, "Budget zorgopleidingen", NONE, false, Set.of("zorg"), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(6, "Persoonlijk ontwikkelbudget", NONE, false, Set.of(), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(8, "Sectorfonds zorg: loopbaan", NONE, false, Set.of(), -1, ExpiryRule.RETURN_TO_FUNDER),
            new Programme(
                    9,
                    "Sectorfonds ICT: microcredentials",
                    Set.of(OfferingType.MICROCREDENTIAL),
                    false,
                    Set.of(),
                    -1,
                    ExpiryRule.RETURN_TO_FUNDER),
            new Programme(10, "Gemeente: taal en rekenen", NONE, false, Set.of(), -1, ExpiryRule.RETURN_TO_FUNDER));

    static UUID uuid(String kind, long i) {
        return UUID.nameUUIDFromBytes(("bench/plans/" + kind + "/" + i).getBytes(UTF_8));
    }

    static PersonId person(int i) {
        return new PersonId(uuid("person", i));
    }

    static AccountId compartment(int programme, int person) {
        return new AccountId(uuid("compartment/" + programme, person));
    }

    static AccountId funder(int index) {
        return AccountId.derived("bench/plans/funder/" + index);
    }

    /** Which programmes each person has a compartment of: a bit per programme, from the seed. */
    static int[] memberships(int people, long seed) {
        Random random = new Random(seed);
        int[] masks = new int[people];
        int[] order = new int[PROGRAMMES];
        for (int i = 0; i < people; i++) {
            int count = random.nextDouble() < MANY_SHARE ? MANY : 1 + random.nextInt(6);
            for (int p = 0; p < PROGRAMMES; p++) {
                order[p] = p;
            }
            int mask = 0;
            for (int k = 0; k < count; k++) {
                int pick = k + random.nextInt(PROGRAMMES - k);
                int chosen = order[pick];
                order[pick] = order[k];
                order[k] = chosen;
                mask |= 1 << chosen;
            }
            masks[i] = mask;
        }
        return masks;
    }

    /** A compartment's amount and validity: 8% expired, 5% not yet valid, the rest valid today. */
    record Terms(
            long amount,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil) {

        static Terms draw(SplittableRandom random, LocalDate today) {
            long amount = 5_000 + random.nextInt(295_000);
            double kind = random.nextDouble();
            if (kind < 0.08) {
                LocalDate until = today.minusDays(1 + random.nextInt(365));
                return new Terms(amount, until.minusDays(180 + random.nextInt(540)), until);
            }
            if (kind < 0.13) {
                LocalDate from = today.plusDays(1 + random.nextInt(270));
                return new Terms(amount, from, from.plusDays(365 + random.nextInt(730)));
            }
            LocalDate from = random.nextBoolean() ? null : today.minusDays(random.nextInt(730));
            LocalDate until = random.nextInt(10) == 0 ? null : today.plusDays(30 + random.nextInt(1500));
            return new Terms(amount, from, until);
        }

        boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    // ---------------------------------------------------------------- setup

    private static void setup(Path dir) throws Exception {
        int people = Integer.getInteger("bench.people", 20_000);
        long seed = Long.getLong("bench.seed", 2027L);
        int planPeople = Math.min(Integer.getInteger("bench.planPeople", 40_000), people / 2);
        int bookPeople = Math.min(Integer.getInteger("bench.bookPeople", 3_000), people / 8);
        int warmPeople = Math.min(Integer.getInteger("bench.bookWarmupPeople", 1_000), people / 16);
        int ledgerPeople = Math.min(Integer.getInteger("bench.ledgerPeople", 20_000), people / 8);
        int workers = Integer.getInteger("bench.setupWorkers", 2);
        Path keyFile = Path.of(
                System.getProperty("bench.keyFile", dir.resolve("dev-key.json").toString()));
        Properties out = new Properties();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LeerbudgetApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--leerbudget.demo-data=false",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.hikari.maximum-pool-size=" + (workers + 2))) {
            Actors actors = context.getBean(Actors.class);
            IdentityProperties identity = context.getBean(IdentityProperties.class);
            LocalDate today = LocalDate.now(Ledger.ZONE);
            List<String> offeringIds = actors.asSystem(() -> fixtures(context, out));
            System.out.printf(Locale.ROOT, "Offerings and funders in %.1f s%n", seconds(started));

            long step = System.nanoTime();
            people(context, identity, people, workers);
            double peopleSeconds = seconds(step);
            System.out.printf(
                    Locale.ROOT,
                    "%,d people (person, user, login) in %.1f s (%,.0f a second)%n",
                    people,
                    peopleSeconds,
                    people / peopleSeconds);

            step = System.nanoTime();
            int[] masks = memberships(people, seed);
            long compartments = actors.asSystem(() -> compartments(context, masks, offeringIds, today, seed, workers));
            double compartmentSeconds = seconds(step);
            System.out.printf(
                    Locale.ROOT,
                    "%,d compartments in %.1f s (%,.0f a second) through Ledger.creditInBulk%n",
                    compartments,
                    compartmentSeconds,
                    compartments / compartmentSeconds);

            // Random samples of the people, disjoint: who asks for plans, who books (a warm-up group and two
            // measured groups), and the people whose unconditional compartments the ledger's reference holds money on.
            Random random = new Random(seed + 1);
            int[] sample = distinct(random, people, planPeople + 2 * bookPeople + warmPeople + ledgerPeople);
            int at = 0;
            int[] plan = Arrays.copyOfRange(sample, at, at += planPeople);
            int[] book = Arrays.copyOfRange(sample, at, at += bookPeople);
            int[] post = Arrays.copyOfRange(sample, at, at += bookPeople);
            int[] warm = Arrays.copyOfRange(sample, at, at += warmPeople);
            int[] reference = Arrays.copyOfRange(sample, at, sample.length);
            step = System.nanoTime();
            RSAKey key = Surge.sharedKey(keyFile);
            Pseudonyms pseudonyms = new Pseudonyms(identity.pseudonymKeyBytes());
            tokens(dir.resolve("plan-people.tsv"), key, identity, pseudonyms, plan, masks);
            tokens(dir.resolve("book-people.tsv"), key, identity, pseudonyms, book, masks);
            tokens(dir.resolve("post-people.tsv"), key, identity, pseudonyms, post, masks);
            tokens(dir.resolve("warm-people.tsv"), key, identity, pseudonyms, warm, masks);
            double tokenSeconds = seconds(step);
            int tokenCount = plan.length + 2 * book.length + warm.length;
            System.out.printf(Locale.ROOT, "%,d access tokens in %.1f s%n", tokenCount, tokenSeconds);
            referenceCompartments(dir.resolve("ledger-compartments.txt"), reference, masks, today, seed);

            // One person with 20 compartments, for EXPLAIN.
            for (int i = 0; i < people; i++) {
                if (Integer.bitCount(masks[i]) == MANY) {
                    out.setProperty("examplePerson", person(i).value().toString());
                    out.setProperty(
                            "exampleLearningAccount",
                            LearningAccountId.of(person(i)).value().toString());
                    break;
                }
            }
            out.setProperty("people", Integer.toString(people));
            out.setProperty("compartments", Long.toString(compartments));
            out.setProperty("peopleSeconds", String.format(Locale.ROOT, "%.1f", peopleSeconds));
            out.setProperty("compartmentSeconds", String.format(Locale.ROOT, "%.1f", compartmentSeconds));
            out.setProperty("tokenSeconds", String.format(Locale.ROOT, "%.1f", tokenSeconds));
            out.setProperty("planPeople", Integer.toString(plan.length));
            out.setProperty("bookPeople", Integer.toString(book.length));
            out.setProperty("tokens", Integer.toString(tokenCount));
            out.setProperty(
                    "startDates",
                    String.join(
                            ",", START_DATES.stream().map(LocalDate::toString).toList()));
            out.setProperty("setupSeconds", String.format(Locale.ROOT, "%.1f", seconds(started)));
            try (var writer = Files.newBufferedWriter(dir.resolve("setup.properties"))) {
                out.store(writer, "plans setup");
            }
        }
    }

    /** The offerings (with their providers' payable accounts) and the funder accounts; the offering ids, in order. */
    private static List<String> fixtures(ConfigurableApplicationContext context, Properties out) {
        Ledger ledger = context.getBean(Ledger.class);
        Trainings trainings = new Trainings(context.getBean(Register.class), ledger);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < OFFERINGS.size(); i++) {
            OfferingSpec spec = OFFERINGS.get(i);
            Trainings.Training training = trainings.admitted(new OfferingDetails(
                    spec.type(),
                    spec.name(),
                    "Een opleiding voor de benchmark van financieringsplannen: " + spec.name() + ".",
                    spec.type() == OfferingType.MBO_CERTIFICATE || spec.type() == OfferingType.DIPLOMA_PROGRAMME
                            ? 4
                            : null,
                    40,
                    OfferingDetails.StudyLoadUnit.HOURS,
                    spec.priceCents(),
                    0,
                    spec.eligible(),
                    OfferingDetails.Modality.IN_PERSON,
                    "Utrecht",
                    START_DATES,
                    null,
                    spec.fields(),
                    List.of(),
                    spec.recognised()));
            ids.add(training.offeringId());
            out.setProperty("offering." + i, training.offeringId());
            out.setProperty("payable." + i, training.payable().value().toString());
        }
        out.setProperty("offerings", Integer.toString(OFFERINGS.size()));
        for (int f = 0; f < FUNDERS.size(); f++) {
            Funder funder = FUNDERS.get(f);
            // A funder's budget line may run below zero: the bench needs no top-up before the credits.
            CommandResult opened = ledger.execute(new LedgerCommand(
                    CommandId.derived("bench/plans/funder/" + f),
                    List.of(new OpenAccount(
                            funder(f), AccountKind.FUNDER, Unit.EUR, funder.name(), true, funder.type(), null)),
                    List.of()));
            if (!(opened instanceof CommandResult.Executed)) {
                throw new IllegalStateException("funder not opened: " + opened);
            }
        }
        return ids;
    }

    /** The people in bulk, as COPY into the tables, in chunks of 10,000, by workers on disjoint ranges. */
    private static void people(
            ConfigurableApplicationContext context, IdentityProperties identity, int count, int workers)
            throws Exception {
        BulkInsert bulk = context.getBean(BulkInsert.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Pseudonyms pseudonyms = new Pseudonyms(identity.pseudonymKeyBytes());
        java.time.Instant now = java.time.Instant.now();
        int chunk = 10_000;
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                done.add(pool.submit(() -> {
                    int from;
                    while ((from = next.getAndAdd(chunk)) < count) {
                        int to = Math.min(count, from + chunk);
                        List<Object[]> persons = new ArrayList<>(to - from);
                        List<Object[]> users = new ArrayList<>(to - from);
                        List<Object[]> logins = new ArrayList<>(to - from);
                        for (int i = from; i < to; i++) {
                            UUID user = uuid("user", i);
                            // Synthetic people have no BSN: a lookup value that no HMAC output can equal.
                            persons.add(new Object[] {person(i).value(), "plans-" + i, "-", "Deelnemer " + i, now});
                            users.add(new Object[] {
                                user, "Deelnemer " + i, person(i).value(), "CITIZEN", now
                            });
                            logins.add(new Object[] {identity.devIssuer(), subject(pseudonyms, identity, i), user});
                        }
                        transactions.executeWithoutResult(status -> {
                            bulk.into(
                                    "person",
                                    List.of("id", "bsn_lookup", "bsn_encrypted", "display_name", "created_at"),
                                    persons);
                            bulk.into(
                                    "app_user",
                                    List.of("id", "display_name", "person_id", "roles", "created_at"),
                                    users);
                            bulk.into("login_subject", List.of("issuer", "subject", "user_id"), logins);
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    static String subject(Pseudonyms pseudonyms, IdentityProperties identity, int i) {
        return pseudonyms.pairwise(identity.sector(), "plans-" + i);
    }

    /**
     * Every person's compartments through the ledger's bulk credit: per programme, one credit per range of people.
     * The workers take disjoint ranges of people, so that no two credits at once open the same learning account.
     */
    private static long compartments(
            ConfigurableApplicationContext context,
            int[] masks,
            List<String> offeringIds,
            LocalDate today,
            long seed,
            int workers) {
        Ledger ledger = context.getBean(Ledger.class);
        Actors actors = context.getBean(Actors.class);
        int people = masks.length;
        int range = Math.max(1, Math.min(200_000, (people + workers - 1) / workers));
        LongAdder written = new LongAdder();
        LongAdder credits = new LongAdder();
        AtomicInteger nextRange = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                done.add(pool.submit(() -> actors.asSystem(() -> {
                    int from;
                    while ((from = nextRange.getAndAdd(range)) < people) {
                        int to = Math.min(people, from + range);
                        for (int p = 0; p < PROGRAMMES; p++) {
                            Programme programme = PROGRAMMES_LIST.get(p);
                            SplittableRandom random = new SplittableRandom(seed * 7919 + p * 104_729L + from);
                            List<BulkCredit.Line> lines = new ArrayList<>();
                            for (int i = from; i < to; i++) {
                                if ((masks[i] & (1 << p)) == 0) {
                                    continue;
                                }
                                Terms terms = Terms.draw(random, today);
                                lines.add(new BulkCredit.Line(
                                        person(i),
                                        compartment(p, i),
                                        TransferId.random(),
                                        terms.amount(),
                                        terms.validFrom(),
                                        terms.validUntil(),
                                        programme.label()));
                                if (lines.size() == BulkCredit.MAX_LINES / 2) {
                                    credit(ledger, programme, p, from, lines, offeringIds);
                                    written.add(lines.size());
                                    credits.increment();
                                    lines = new ArrayList<>();
                                }
                            }
                            if (!lines.isEmpty()) {
                                credit(ledger, programme, p, from, lines, offeringIds);
                                written.add(lines.size());
                                credits.increment();
                            }
                        }
                        System.out.printf(
                                Locale.ROOT,
                                "  people %,d to %,d: %,d compartments so far, %.0f s%n",
                                from,
                                to,
                                written.sum(),
                                seconds(started));
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return written.sum();
    }

    private static void credit(
            Ledger ledger,
            Programme programme,
            int p,
            int from,
            List<BulkCredit.Line> lines,
            List<String> offeringIds) {
        BulkCredit.Result result = ledger.creditInBulk(new BulkCredit(
                CommandId.derived("bench/plans/credit/" + p + "/" + from + "/"
                        + lines.getFirst().person()),
                funder(programme.funder()),
                TransferCode.DEPOSIT,
                programme.label(),
                programme.conditions(offeringIds),
                programme.expiry(),
                lines));
        if (!(result instanceof BulkCredit.Result.Credited)) {
            throw new IllegalStateException("bulk credit refused: " + result);
        }
    }

    private static int[] distinct(Random random, int bound, int count) {
        Set<Integer> seen = new java.util.LinkedHashSet<>();
        while (seen.size() < count) {
            seen.add(random.nextInt(bound));
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Access tokens as the development identity provider issues them, valid for three hours: index, count, token. */
    private static void tokens(
            Path file, RSAKey key, IdentityProperties identity, Pseudonyms pseudonyms, int[] people, int[] masks)
            throws Exception {
        RSASSASigner signer = new RSASSASigner(key);
        JWSHeader header =
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build();
        Date issued = new Date();
        Date expires = Date.from(issued.toInstant().plus(Duration.ofHours(3)));
        String[] tokens = new String[people.length];
        IntStream.range(0, people.length).parallel().forEach(n -> {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(identity.devIssuer())
                    .subject(subject(pseudonyms, identity, people[n]))
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
            tokens[n] = jwt.serialize();
        });
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int n = 0; n < people.length; n++) {
                out.write(people[n] + "\t" + Integer.bitCount(masks[people[n]]) + "\t" + tokens[n] + "\n");
            }
        }
    }

    /**
     * The compartments the ledger's reference holds money on: those of its sample of people without conditions and
     * valid today (drawn again from the same seeds as the credits wrote them).
     */
    private static void referenceCompartments(Path file, int[] people, int[] masks, LocalDate today, long seed)
            throws IOException {
        Set<Integer> chosen = new java.util.HashSet<>();
        for (int i : people) {
            chosen.add(i);
        }
        int total = masks.length;
        // The terms are drawn per range of people, and the ranges depend on the number of workers: the same here.
        int workers = Integer.getInteger("bench.setupWorkers", 2);
        int range = Math.max(1, Math.min(200_000, (total + workers - 1) / workers));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int from = 0; from < total; from += range) {
                int to = Math.min(total, from + range);
                for (int p = 0; p < PROGRAMMES; p++) {
                    Programme programme = PROGRAMMES_LIST.get(p);
                    SplittableRandom random = new SplittableRandom(seed * 7919 + p * 104_729L + from);
                    for (int i = from; i < to; i++) {
                        if ((masks[i] & (1 << p)) == 0) {
                            continue;
                        }
                        Terms terms = Terms.draw(random, today);
                        if (programme.unconditional() && terms.validOn(today) && chosen.contains(i)) {
                            out.println(compartment(p, i).value());
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- drive: plans, open-loop

    private static final Pattern FINGERPRINT = Pattern.compile("\"fingerprint\":\"([0-9a-f]{64})\"");
    private static final Pattern COVERED = Pattern.compile("\"covered\":\"([0-9.]+)\"");
    private static final Pattern BOOKING_CODE = Pattern.compile("\"code\":\"(B-[0-9A-F]+)\"");

    /** One person of a sample: their index, how many compartments they have, and their access token. */
    record Caller(int index, int compartments, String token) {}

    /** A request of the drive, decided before the drive starts. */
    record Ask(Caller caller, String offering, LocalDate startDate) {

        String path() {
            return "/api/v1/financing-plans?offeringId=" + offering + "&startDate=" + startDate;
        }
    }

    private static void drive(Path dir) throws Exception {
        Properties setup = properties(dir.resolve("setup.properties"));
        List<Caller> callers = callers(dir.resolve("plan-people.tsv"));
        List<String> offerings = offerings(setup);
        String base = System.getProperty("bench.url", "http://127.0.0.1:18091");
        double rate = Double.parseDouble(System.getProperty("bench.rate", "500"));
        int warmup = Integer.getInteger("bench.warmupSeconds", 30);
        int measured = Integer.getInteger("bench.seconds", 60);
        int maxInFlight = Integer.getInteger("bench.maxInFlight", 2_000);
        int pause = Integer.getInteger("bench.statsPause", 11);
        String name = System.getProperty("bench.name", "drive");
        // "me": GET /api/v1/me instead, the same people and schedule: token check, user, JSON, no plan.
        boolean me = System.getProperty("bench.target", "plans").equals("me");
        Random random = new Random(Long.getLong("bench.seed", 2027L) + 17);
        HttpClient client = client();
        Cpu cpu = Cpu.fromSystemProperties();

        // The warm-up's requests and the measured ones, drawn in that order from the seed, both before either runs:
        // the measurement follows the warm-up at once, as the same steady stream. (An idle gap between them, or a
        // driver that starts cold, shows up as a burst of slow requests in the first second that says more about the
        // driver than about the instance; the floor therefore gets a short warm-up of its own as well.)
        List<Ask> warmAsks = warmup > 0 ? asks(random, callers, offerings, (int) Math.round(rate * warmup)) : List.of();
        List<Ask> asks = asks(random, callers, offerings, (int) Math.round(rate * measured));
        // The statistics query once before the drive, so that loading and compiling the JDBC driver does not take the
        // cores from the instance at the start of the measurement.
        databaseStatistics();
        if (warmup > 0) {
            System.out.printf(Locale.ROOT, "Warm-up: %,d requests at %.0f a second%n", warmAsks.size(), rate);
            // The timeline samples the warm-up as well (and forgets it), so that its own code is compiled before the
            // measurement starts.
            Timeline warmTimeline = Timeline.start(cpu);
            OpenLoop warm = OpenLoop.run(client, base, warmAsks, rate, maxInFlight, me);
            warmTimeline.stop();
            System.out.printf(
                    Locale.ROOT,
                    "  warm-up p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    warm.percentile(0.50, r -> true),
                    warm.percentile(0.99, r -> true),
                    warm.errors());
        }
        // PostgreSQL's busy backends report their statistics at most a second late, so the counts taken here may
        // miss up to a second of the warm-up, which the measurement's counts then include (at most 1/seconds too
        // many); after the measurement the driver waits for the idle backends' reports, so nothing is missed there.
        Map<String, Long> statsBefore = databaseStatistics();
        Cpu.Snapshot before = cpu.snapshot();
        System.out.printf(
                Locale.ROOT,
                "Measuring: %,d %s at %.0f a second, open loop%n",
                asks.size(),
                me ? "GET /api/v1/me" : "plans",
                rate);
        Timeline timeline = Timeline.start(cpu);
        long startedAt = System.currentTimeMillis();
        OpenLoop run = OpenLoop.run(client, base, asks, rate, maxInFlight, me);
        long endedAt = System.currentTimeMillis();
        timeline.stop();
        Cpu.Snapshot after = cpu.snapshot();
        Thread.sleep(pause * 1000L);
        Map<String, Long> statsAfter = databaseStatistics();

        Properties figures = new Properties();
        int n = asks.size();
        figures.setProperty("requests", Integer.toString(n));
        // The measured window on the wall clock, to find its requests in the instance's access log.
        figures.setProperty("startedAtMillis", Long.toString(startedAt));
        figures.setProperty("endedAtMillis", Long.toString(endedAt));
        figures.setProperty("rate", String.format(Locale.ROOT, "%.0f", rate));
        figures.setProperty("seconds", Integer.toString(measured));
        figures.setProperty("sentPerSecond", String.format(Locale.ROOT, "%.1f", run.sentPerSecond()));
        figures.setProperty("answeredPerSecond", String.format(Locale.ROOT, "%.1f", run.answeredPerSecond()));
        figures.setProperty("ok", Integer.toString(run.ok()));
        figures.setProperty("errors", Integer.toString(run.errors()));
        figures.setProperty("errorKinds", run.errorKinds().toString());
        figures.setProperty("p50", ms(run.percentile(0.50, r -> true)));
        figures.setProperty("p99", ms(run.percentile(0.99, r -> true)));
        figures.setProperty("p999", ms(run.percentile(0.999, r -> true)));
        figures.setProperty("max", ms(run.percentile(1.0, r -> true)));
        figures.setProperty(
                "p99many", ms(run.percentile(0.99, r -> asks.get(r).caller().compartments() == MANY)));
        figures.setProperty(
                "p50many", ms(run.percentile(0.50, r -> asks.get(r).caller().compartments() == MANY)));
        figures.setProperty(
                "requestsMany",
                Long.toString(IntStream.range(0, n)
                        .filter(r -> asks.get(r).caller().compartments() == MANY)
                        .count()));
        figures.setProperty(
                "p99few", ms(run.percentile(0.99, r -> asks.get(r).caller().compartments() < MANY)));
        figures.setProperty("sendLagP99", ms(run.lagPercentile(0.99)));
        figures.setProperty("sendLagMax", ms(run.lagPercentile(1.0)));
        figures.setProperty("compartmentsPerPlan", String.format(Locale.ROOT, "%.2f", run.averageCompartments()));
        figures.setProperty("payingPerPlan", String.format(Locale.ROOT, "%.2f", run.averagePaying()));
        figures.setProperty("maxInFlight", Integer.toString(run.maxInFlightSeen()));
        cpu.describe(before, after, n, figures);
        statistics(statsBefore, statsAfter, n, figures);
        timeline.describe(run, rate, cpu, dir.resolve(name + "-timeline.csv"), figures);
        try (var out = Files.newBufferedWriter(dir.resolve(name + ".properties"))) {
            figures.store(out, "plans " + name);
        }
        System.out.printf(
                Locale.ROOT,
                "%,d %s sent at %s a second (%s answered a second): p50 %s ms, p99 %s ms, p99.9 %s ms, max %s ms;"
                        + " %d errors %s; people with 20 compartments p99 %s ms; CPU ms per request %s / %s / %s%n",
                n,
                me ? "GET /api/v1/me" : "plans",
                figures.getProperty("sentPerSecond"),
                figures.getProperty("answeredPerSecond"),
                figures.getProperty("p50"),
                figures.getProperty("p99"),
                figures.getProperty("p999"),
                figures.getProperty("max"),
                run.errors(),
                run.errorKinds(),
                figures.getProperty("p99many"),
                figures.getProperty("instanceCpuMs"),
                figures.getProperty("databaseCpuMs"),
                figures.getProperty("driverCpuMs"));
    }

    private static List<Ask> asks(Random random, List<Caller> callers, List<String> offerings, int count) {
        List<Ask> asks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            asks.add(new Ask(
                    callers.get(random.nextInt(callers.size())),
                    offerings.get(random.nextInt(offerings.size())),
                    START_DATES.get(random.nextInt(START_DATES.size()))));
        }
        return asks;
    }

    /** Requests sent at fixed times, whatever became of the earlier ones; latency counted from the fixed time. */
    static final class OpenLoop {
        private final long[] latency;
        private final long[] lag;
        private final int[] status;
        private final byte[] compartments;
        private final byte[] paying;
        private final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        private long firstDue;
        private long lastDue;
        private long lastAnswer;
        private int maxInFlightSeen;

        private OpenLoop(int n) {
            latency = new long[n];
            lag = new long[n];
            status = new int[n];
            compartments = new byte[n];
            paying = new byte[n];
        }

        static OpenLoop run(HttpClient client, String base, List<Ask> asks, double rate, int maxInFlight, boolean me)
                throws InterruptedException {
            int n = asks.size();
            OpenLoop loop = new OpenLoop(n);
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger peak = new AtomicInteger();
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(n);
            java.util.concurrent.atomic.AtomicLong lastAnswer = new java.util.concurrent.atomic.AtomicLong();
            long start = System.nanoTime() + 100_000_000L;
            loop.firstDue = start;
            double interval = 1e9 / rate;
            for (int i = 0; i < n; i++) {
                long due = start + (long) (i * interval);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                int current = inFlight.incrementAndGet();
                peak.accumulateAndGet(current, Math::max);
                if (current > maxInFlight) {
                    inFlight.decrementAndGet();
                    loop.status[i] = -2;
                    loop.errorKinds.merge("not sent (too many in flight)", 1, Integer::sum);
                    loop.latency[i] = Long.MAX_VALUE;
                    done.countDown();
                    continue;
                }
                int r = i;
                Ask ask = asks.get(i);
                Thread.startVirtualThread(() -> {
                    long sent = System.nanoTime();
                    loop.lag[r] = sent - due;
                    try {
                        HttpResponse<String> response = client.send(
                                HttpRequest.newBuilder(URI.create(base + (me ? "/api/v1/me" : ask.path())))
                                        .timeout(Duration.ofSeconds(30))
                                        .header(
                                                "Authorization",
                                                "Bearer " + ask.caller().token())
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        long answered = System.nanoTime();
                        loop.latency[r] = answered - due;
                        loop.status[r] = response.statusCode();
                        lastAnswer.accumulateAndGet(answered, Math::max);
                        if (response.statusCode() == 200 && !me) {
                            String body = response.body();
                            int all = count(body, "\"compartmentId\"");
                            int pays = count(body, "\"amount\"");
                            loop.compartments[r] = (byte) all;
                            loop.paying[r] = (byte) pays;
                        } else if (response.statusCode() != 200) {
                            loop.errorKinds.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        loop.status[r] = -1;
                        loop.latency[r] = System.nanoTime() - due;
                        loop.errorKinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inFlight.decrementAndGet();
                        done.countDown();
                    }
                });
            }
            loop.lastDue = start + (long) ((n - 1) * interval);
            done.await();
            loop.lastAnswer = lastAnswer.get();
            loop.maxInFlightSeen = peak.get();
            return loop;
        }

        double sentPerSecond() {
            long sent = Arrays.stream(status).filter(s -> s != -2).count();
            return latency.length < 2 ? 0 : (sent - 1) / ((lastDue - firstDue) / 1e9);
        }

        double answeredPerSecond() {
            return ok() / ((Math.max(lastAnswer, lastDue) - firstDue) / 1e9);
        }

        int ok() {
            return (int) Arrays.stream(status).filter(s -> s == 200).count();
        }

        int errors() {
            return status.length - ok();
        }

        Map<String, Integer> errorKinds() {
            return new TreeMap<>(errorKinds);
        }

        int maxInFlightSeen() {
            return maxInFlightSeen;
        }

        double averageCompartments() {
            long sum = 0;
            int n = 0;
            for (int i = 0; i < status.length; i++) {
                if (status[i] == 200) {
                    sum += compartments[i];
                    n++;
                }
            }
            return n == 0 ? 0 : (double) sum / n;
        }

        double averagePaying() {
            long sum = 0;
            int n = 0;
            for (int i = 0; i < status.length; i++) {
                if (status[i] == 200) {
                    sum += paying[i];
                    n++;
                }
            }
            return n == 0 ? 0 : (double) sum / n;
        }

        /** Over every request (errors included, at their latency; requests never sent count as infinitely late). */
        double percentile(double quantile, java.util.function.IntPredicate which) {
            long[] chosen = IntStream.range(0, latency.length)
                    .filter(which)
                    .mapToLong(i -> latency[i])
                    .sorted()
                    .toArray();
            return Plans.percentile(chosen, quantile);
        }

        int size() {
            return latency.length;
        }

        long firstDue() {
            return firstDue;
        }

        long latency(int i) {
            return latency[i];
        }

        double lagPercentile(double quantile) {
            long[] sorted = lag.clone();
            Arrays.sort(sorted);
            return Plans.percentile(sorted, quantile);
        }
    }

    /**
     * The CPU of the machine second by second during a drive ({@code /proc/stat}), and of the instance, PostgreSQL and
     * this process, beside the latency of the requests due in that second: whether the slow seconds are those in which
     * something else used the cores.
     */
    static final class Timeline {

        record Sample(long at, long busy, long total, Cpu.Snapshot cpu) {}

        private final List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;
        private Thread thread;

        static Timeline start(Cpu cpu) {
            Timeline timeline = new Timeline();
            timeline.thread = Thread.ofPlatform().daemon().start(() -> {
                long next = System.nanoTime();
                while (timeline.running) {
                    timeline.samples.add(sample(cpu));
                    next += 1_000_000_000L;
                    LockSupport.parkNanos(next - System.nanoTime());
                }
                timeline.samples.add(sample(cpu));
            });
            return timeline;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            LockSupport.unpark(thread);
            thread.join();
        }

        private static Sample sample(Cpu cpu) {
            long busy = 0;
            long total = 0;
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat"))
                        .getFirst()
                        .trim()
                        .split("\\s+");
                for (int i = 1; i < Math.min(fields.length, 9); i++) {
                    long value = Long.parseLong(fields[i]);
                    total += value;
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += value;
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // no /proc/stat: machine figures stay zero
            }
            return new Sample(System.nanoTime(), busy, total, cpu.snapshot());
        }

        /** Writes the seconds to a CSV file and sums them up: slow seconds (p99 above 20 ms) against the others. */
        void describe(OpenLoop run, double rate, Cpu cpu, Path csv, Properties figures) throws IOException {
            int cores = Runtime.getRuntime().availableProcessors();
            double interval = 1e9 / rate;
            List<Sample> all = List.copyOf(samples);
            int slow = 0;
            int seconds = 0;
            double[] slowSums = new double[5];
            double[] fastSums = new double[5];
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
                out.println("second,requests,p50_ms,p99_ms,max_ms,machine_cores,instance_cores,postgres_cores,"
                        + "driver_cores,other_cores");
                for (int k = 0; k + 1 < all.size(); k++) {
                    Sample from = all.get(k);
                    Sample to = all.get(k + 1);
                    double span = (to.at() - from.at()) / 1e9;
                    if (span < 0.5) {
                        continue;
                    }
                    List<Long> latencies = new ArrayList<>();
                    for (int i = 0; i < run.size(); i++) {
                        long due = run.firstDue() + (long) (i * interval);
                        if (due >= from.at() && due < to.at()) {
                            latencies.add(run.latency(i));
                        }
                    }
                    if (latencies.isEmpty()) {
                        continue;
                    }
                    long[] sorted = latencies.stream()
                            .mapToLong(Long::longValue)
                            .sorted()
                            .toArray();
                    double p99 = Plans.percentile(sorted, 0.99);
                    double machine = to.total() == from.total()
                            ? 0
                            : cores * (double) (to.busy() - from.busy()) / (to.total() - from.total());
                    double instance = (to.cpu().instanceTicks() - from.cpu().instanceTicks())
                            / (double) cpu.ticksPerSecond()
                            / span;
                    double database = (to.cpu().databaseTicks() - from.cpu().databaseTicks())
                            / (double) cpu.ticksPerSecond()
                            / span;
                    double driver = (to.cpu().driverNanos() - from.cpu().driverNanos()) / 1e9 / span;
                    double other = Math.max(0, machine - instance - database - driver);
                    out.printf(
                            Locale.ROOT,
                            "%d,%d,%.1f,%.1f,%.1f,%.2f,%.2f,%.2f,%.2f,%.2f%n",
                            seconds,
                            sorted.length,
                            Plans.percentile(sorted, 0.5),
                            p99,
                            Plans.percentile(sorted, 1.0),
                            machine,
                            instance,
                            database,
                            driver,
                            other);
                    double[] sums = p99 > 20 ? slowSums : fastSums;
                    if (p99 > 20) {
                        slow++;
                    }
                    sums[0] += machine;
                    sums[1] += instance;
                    sums[2] += database;
                    sums[3] += driver;
                    sums[4] += other;
                    seconds++;
                }
            }
            int fast = seconds - slow;
            figures.setProperty("timelineSeconds", Integer.toString(seconds));
            figures.setProperty("slowSeconds", Integer.toString(slow));
            String[] names = {"machine", "instance", "postgres", "driver", "other"};
            for (int i = 0; i < names.length; i++) {
                figures.setProperty(
                        "cores." + names[i] + ".slow",
                        slow == 0 ? "–" : String.format(Locale.ROOT, "%.2f", slowSums[i] / slow));
                figures.setProperty(
                        "cores." + names[i] + ".fast",
                        fast == 0 ? "–" : String.format(Locale.ROOT, "%.2f", fastSums[i] / fast));
            }
        }
    }

    // ---------------------------------------------------------------- bookings, closed loop

    private static void book(Path dir, boolean postAlone) throws Exception {
        book(dir, postAlone, postAlone ? "post" : "book");
    }

    /** Bookings of one group of people ({@code <name>-people.tsv}): {@code warm} warms up the booking path. */
    private static void book(Path dir, boolean postAlone, String name) throws Exception {
        Properties setup = properties(dir.resolve("setup.properties"));
        List<Caller> callers = callers(dir.resolve(name + "-people.tsv"));
        List<String> offerings = offerings(setup);
        String base = System.getProperty("bench.url", "http://127.0.0.1:18091");
        int inFlight = Integer.getInteger("bench.inFlight", 8);
        int pause = Integer.getInteger("bench.statsPause", 11);
        Random random = new Random(Long.getLong("bench.seed", 2027L) + name.hashCode());
        HttpClient client = client();
        Cpu cpu = Cpu.fromSystemProperties();
        int n = callers.size();
        List<Ask> asks = new ArrayList<>(n);
        for (Caller caller : callers) {
            asks.add(new Ask(
                    caller,
                    offerings.get(random.nextInt(offerings.size())),
                    START_DATES.get(random.nextInt(START_DATES.size()))));
        }
        String[] fingerprints = new String[n];
        if (postAlone) {
            // The plans first, not measured: each booking below brings the fingerprint of the plan its person saw.
            closedLoop(inFlight, n, i -> {
                fingerprints[i] = plan(client, base, asks.get(i)).fingerprint();
                return null;
            });
            Thread.sleep(pause * 1000L);
        }
        long[] total = new long[n];
        long[] posting = new long[n];
        String[] outcome = new String[n];
        String[] acks = new String[n];
        Map<String, Long> statsBefore = databaseStatistics();
        Cpu.Snapshot before = cpu.snapshot();
        long started = System.nanoTime();
        closedLoop(inFlight, n, i -> {
            Ask ask = asks.get(i);
            long begun = System.nanoTime();
            String fingerprint = fingerprints[i];
            if (!postAlone) {
                Planned planned = plan(client, base, ask);
                if (planned.status() != 200) {
                    outcome[i] = "plan HTTP " + planned.status();
                    total[i] = System.nanoTime() - begun;
                    return null;
                }
                fingerprint = planned.fingerprint();
            }
            UUID requestId = uuid("booking-request/" + name, ask.caller().index());
            String body = "{\"requestId\":\"" + requestId + "\",\"offeringId\":\"" + ask.offering()
                    + "\",\"startDate\":\"" + ask.startDate() + "\",\"fingerprint\":\"" + fingerprint + "\"}";
            long posted = System.nanoTime();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/bookings"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + ask.caller().token())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            posting[i] = now - posted;
            total[i] = now - begun;
            outcome[i] = "HTTP " + response.statusCode();
            if (response.statusCode() == 201) {
                acks[i] = requestId + "\t" + group(BOOKING_CODE, response.body()) + "\t"
                        + group(COVERED, response.body());
            }
            return null;
        });
        double elapsed = seconds(started);
        Cpu.Snapshot after = cpu.snapshot();
        Thread.sleep(pause * 1000L);
        Map<String, Long> statsAfter = databaseStatistics();

        int booked = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve(name + "-acks.tsv")))) {
            for (String ack : acks) {
                if (ack != null) {
                    booked++;
                    out.println(ack);
                }
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (String o : outcome) {
            outcomes.merge(String.valueOf(o), 1, Integer::sum);
        }
        long withHolds = Arrays.stream(acks)
                .filter(a -> a != null && !a.endsWith("\t0.00"))
                .count();
        Properties figures = new Properties();
        figures.setProperty("requests", Integer.toString(n));
        figures.setProperty("inFlight", Integer.toString(inFlight));
        figures.setProperty("booked", Integer.toString(booked));
        figures.setProperty("bookedWithHolds", Long.toString(withHolds));
        figures.setProperty("outcomes", outcomes.toString());
        figures.setProperty("seconds", String.format(Locale.ROOT, "%.1f", elapsed));
        figures.setProperty("perSecond", String.format(Locale.ROOT, "%.1f", booked / elapsed));
        long[] sortedTotal = total.clone();
        Arrays.sort(sortedTotal);
        long[] sortedPost = posting.clone();
        Arrays.sort(sortedPost);
        figures.setProperty("p50", ms(percentile(sortedTotal, 0.50)));
        figures.setProperty("p99", ms(percentile(sortedTotal, 0.99)));
        figures.setProperty("postP50", ms(percentile(sortedPost, 0.50)));
        figures.setProperty("postP99", ms(percentile(sortedPost, 0.99)));
        cpu.describe(before, after, Math.max(1, booked), figures);
        statistics(statsBefore, statsAfter, Math.max(1, booked), figures);
        try (var out = Files.newBufferedWriter(dir.resolve(name + ".properties"))) {
            figures.store(out, "plans " + name);
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %,d of %,d booked (%,d with holds) in %.1f s, %s a second, %d in flight; latency p50 %s ms,"
                        + " p99 %s ms (POST alone p50 %s ms, p99 %s ms); %s; CPU ms per booking %s / %s / %s%n",
                postAlone ? "Booking POSTs alone" : "Plan, then booking",
                booked,
                n,
                withHolds,
                elapsed,
                figures.getProperty("perSecond"),
                inFlight,
                figures.getProperty("p50"),
                figures.getProperty("p99"),
                figures.getProperty("postP50"),
                figures.getProperty("postP99"),
                outcomes,
                figures.getProperty("instanceCpuMs"),
                figures.getProperty("databaseCpuMs"),
                figures.getProperty("driverCpuMs"));
    }

    record Planned(int status, @Nullable String fingerprint) {}

    private static Planned plan(HttpClient client, String base, Ask ask) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + ask.path()))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + ask.caller().token())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Planned(
                response.statusCode(), response.statusCode() == 200 ? group(FINGERPRINT, response.body()) : null);
    }

    interface Step {
        @Nullable
        Object run(int i) throws Exception;
    }

    /** Every index once, {@code inFlight} at a time. */
    private static void closedLoop(int inFlight, int count, Step step) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < inFlight; t++) {
                done.add(senders.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        step.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    // ---------------------------------------------------------------- the ledger's reference

    /**
     * One hold per ledger command, from a random compartment of the reference's sample (no conditions, valid today)
     * to the payable account of a random one of the bench's eight providers, naming its offering, as bookings do: the ledger's single-transfer rate with the
     * checks a booking's hold gets, in this process (no HTTP), as many threads as bookings in flight.
     */
    private static void ledger(Path dir) throws Exception {
        Properties setup = properties(dir.resolve("setup.properties"));
        int threads = Integer.getInteger("bench.inFlight", 8);
        int warmup = Integer.getInteger("bench.ledgerWarmupSeconds", 5);
        int measured = Integer.getInteger("bench.ledgerSeconds", 20);
        List<AccountId> compartments = Files.readAllLines(dir.resolve("ledger-compartments.txt")).stream()
                .map(AccountId::of)
                .toList();
        // The providers of the bench's offerings, as bookings pay them: each hold to a random one, for its offering.
        int offeringCount = Integer.parseInt(setup.getProperty("offerings"));
        List<AccountId> payables = new ArrayList<>();
        List<String> offerings = new ArrayList<>();
        for (int i = 0; i < offeringCount; i++) {
            payables.add(AccountId.of(setup.getProperty("payable." + i)));
            offerings.add(setup.getProperty("offering." + i));
        }
        Cpu cpu = Cpu.fromSystemProperties();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LeerbudgetApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--leerbudget.demo-data=false",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.hikari.maximum-pool-size=" + (threads + 2))) {
            Ledger ledger = context.getBean(Ledger.class);
            Actors actors = context.getBean(Actors.class);
            Hold warm = holds(ledger, actors, compartments, payables, offerings, threads, warmup);
            System.out.printf(Locale.ROOT, "Ledger warm-up: %,d holds%n", warm.accepted());
            Cpu.Snapshot before = cpu.snapshot();
            Hold run = holds(ledger, actors, compartments, payables, offerings, threads, measured);
            Cpu.Snapshot after = cpu.snapshot();
            Properties figures = new Properties();
            figures.setProperty("threads", Integer.toString(threads));
            figures.setProperty("compartments", Integer.toString(compartments.size()));
            figures.setProperty("accepted", Long.toString(run.accepted()));
            figures.setProperty("rejected", run.rejected().toString());
            figures.setProperty("seconds", String.format(Locale.ROOT, "%.1f", run.seconds()));
            figures.setProperty("perSecond", String.format(Locale.ROOT, "%.1f", run.accepted() / run.seconds()));
            figures.setProperty("p50", ms(percentile(run.latencies(), 0.50)));
            figures.setProperty("p99", ms(percentile(run.latencies(), 0.99)));
            figures.setProperty("warmupAccepted", Long.toString(warm.accepted()));
            cpu.describe(before, after, Math.max(1, run.accepted()), figures);
            try (var out = Files.newBufferedWriter(dir.resolve("ledger.properties"))) {
                figures.store(out, "plans ledger reference");
            }
            System.out.printf(
                    Locale.ROOT,
                    "Ledger reference: %,d holds in %.1f s, %s a second, %d threads; p50 %s ms, p99 %s ms; rejected %s;"
                            + " CPU ms per hold: this process %s, PostgreSQL %s%n",
                    run.accepted(),
                    run.seconds(),
                    figures.getProperty("perSecond"),
                    threads,
                    figures.getProperty("p50"),
                    figures.getProperty("p99"),
                    run.rejected(),
                    figures.getProperty("driverCpuMs"),
                    figures.getProperty("databaseCpuMs"));
        }
    }

    record Hold(long accepted, Map<String, Integer> rejected, double seconds, long[] latencies) {}

    private static Hold holds(
            Ledger ledger,
            Actors actors,
            List<AccountId> compartments,
            List<AccountId> payables,
            List<String> offerings,
            int threads,
            int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        LongAdder accepted = new LongAdder();
        Map<String, Integer> rejected = new ConcurrentHashMap<>();
        List<long[]> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> actors.asSystem(() -> {
                    long[] own = new long[1 << 16];
                    int n = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        AccountId from = compartments.get(random.nextInt(compartments.size()));
                        int to = random.nextInt(payables.size());
                        long begun = System.nanoTime();
                        CommandResult result = ledger.execute(LedgerCommand.of(
                                CommandId.random(),
                                new TransferOrder.Hold(
                                        from,
                                        payables.get(to),
                                        1 + random.nextInt(100),
                                        TransferCode.SPEND,
                                        null,
                                        "Referentie",
                                        offerings.get(to))));
                        long took = System.nanoTime() - begun;
                        if (result instanceof CommandResult.Executed) {
                            accepted.increment();
                            if (n == own.length) {
                                own = Arrays.copyOf(own, n * 2);
                            }
                            own[n++] = took;
                        } else {
                            String kind = result instanceof CommandResult.Rejected r
                                    ? r.rule().name()
                                    : result.getClass().getSimpleName();
                            rejected.merge(kind, 1, Integer::sum);
                        }
                    }
                    latencies.add(Arrays.copyOf(own, n));
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double elapsed = seconds(started);
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Hold(accepted.sum(), new TreeMap<>(rejected), elapsed, all);
    }

    // ---------------------------------------------------------------- check

    private static boolean check(Path dir) throws Exception {
        List<String> failures = new ArrayList<>();
        Properties setup = properties(dir.resolve("setup.properties"));
        Properties ledgerFigures = Files.exists(dir.resolve("ledger.properties"))
                ? properties(dir.resolve("ledger.properties"))
                : new Properties();
        try (Connection db = connect()) {
            db.setReadOnly(true);
            long people = single(db, "select count(*) from person");
            long accounts = single(db, "select count(*) from learning_account");
            long compartments = single(db, "select count(*) from ledger_account where kind = 'COMPARTMENT'");
            long most = single(
                    db,
                    "select coalesce(max(n), 0) from (select count(*) as n from ledger_account"
                            + " where kind = 'COMPARTMENT' group by learning_account_id) t");
            long withMany = single(
                    db,
                    "select count(*) from (select learning_account_id from ledger_account"
                            + " where kind = 'COMPARTMENT' group by learning_account_id having count(*) = " + MANY
                            + ") t");
            if (people != Long.parseLong(setup.getProperty("people"))) {
                failures.add(people + " people stored, " + setup.getProperty("people") + " set up");
            }
            if (compartments != Long.parseLong(setup.getProperty("compartments"))) {
                failures.add(compartments + " compartments stored, " + setup.getProperty("compartments") + " set up");
            }
            System.out.printf(
                    Locale.ROOT,
                    "Population: %,d people, %,d learning accounts, %,d compartments (%.2f a person; %,d people with"
                            + " %d, the most any has %d)%n",
                    people,
                    accounts,
                    compartments,
                    (double) compartments / people,
                    withMany,
                    MANY,
                    most);

            // Every unit sums to zero, pending included.
            try (PreparedStatement query = db.prepareStatement("select unit, sum(credits_posted) - sum(debits_posted),"
                            + " sum(credits_pending) - sum(debits_pending) from ledger_account group by unit");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(2) != 0 || rs.getLong(3) != 0) {
                        failures.add("unit " + rs.getString(1) + " does not sum to zero: posted " + rs.getLong(2)
                                + ", pending " + rs.getLong(3));
                    }
                }
            }

            // Every acknowledged booking: stored as requested, its payments held in the ledger for their amounts.
            int acknowledged = 0;
            int wrong = 0;
            long bookingHolds = 0;
            for (String name : List.of("warm", "book", "post")) {
                Path file = dir.resolve(name + "-acks.tsv");
                if (!Files.exists(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    acknowledged++;
                    String[] parts = line.split("\t");
                    try (PreparedStatement query = db.prepareStatement("""
                            select b.code, b.state, b.covered_cents,
                              (select coalesce(sum(p.amount_cents), 0) from booking_payment p where p.booking_id = b.id),
                              (select count(*) from booking_payment p where p.booking_id = b.id),
                              (select count(*) from booking_payment p join ledger_transfer t on t.id = p.hold_id
                                where p.booking_id = b.id and t.kind = 'PENDING' and t.amount = p.amount_cents
                                and t.debit_account_id = p.compartment_id
                                and not exists (select 1 from ledger_transfer r where r.pending_id = t.id))
                            from booking b where b.request_id = ?""")) {
                        query.setObject(1, UUID.fromString(parts[0]));
                        try (ResultSet rs = query.executeQuery()) {
                            String problem = null;
                            if (!rs.next()) {
                                problem = "not stored";
                            } else {
                                long covered = Math.round(Double.parseDouble(parts[2]) * 100);
                                bookingHolds += rs.getLong(5);
                                if (!rs.getString(1).equals(parts[1])
                                        || !rs.getString(2).equals("REQUESTED")
                                        || rs.getLong(3) != covered
                                        || rs.getLong(4) != covered
                                        || rs.getLong(5) != rs.getLong(6)) {
                                    problem = rs.getString(1) + " " + rs.getString(2) + " covered " + rs.getLong(3)
                                            + ", payments " + rs.getLong(4) + " in " + rs.getLong(5) + " of which "
                                            + rs.getLong(6) + " held";
                                }
                            }
                            if (problem != null && wrong++ < 5) {
                                failures.add("booking " + line.replace('\t', ' ') + ": " + problem);
                            }
                        }
                    }
                }
            }
            if (wrong > 0) {
                failures.add(wrong + " acknowledged bookings not stored with their holds");
            }
            long bookings = single(db, "select count(*) from booking");
            if (bookings != acknowledged) {
                failures.add(bookings + " bookings stored, " + acknowledged + " acknowledged");
            }
            long pending = single(
                    db,
                    "select count(*) from ledger_transfer t where t.kind = 'PENDING'"
                            + " and not exists (select 1 from ledger_transfer r where r.pending_id = t.id)");
            long referenceHolds = Long.parseLong(ledgerFigures.getProperty("accepted", "0"))
                    + Long.parseLong(ledgerFigures.getProperty("warmupAccepted", "0"));
            if (pending != bookingHolds + referenceHolds) {
                failures.add(pending + " open holds, expected " + bookingHolds + " of bookings and " + referenceHolds
                        + " of the ledger's reference");
            }
            System.out.printf(
                    Locale.ROOT,
                    "Checked %,d acknowledged bookings (%,d holds) and %,d holds of the ledger's reference%n",
                    acknowledged,
                    bookingHolds,
                    referenceHolds);
        }
        if (failures.isEmpty()) {
            System.out.println("CHECK PASSED");
            return true;
        }
        failures.forEach(f -> System.out.println("CHECK FAILED: " + f));
        return false;
    }

    // ---------------------------------------------------------------- profile

    /**
     * Where the instance's CPU went, from the execution samples of a flight recording. Each sample is given to the
     * innermost layer on its stack (walking from the running method outwards, the first frame of a known library or
     * module decides), so that the layers add up to all samples; beside it, the share of samples with each part of the
     * plan on the stack (inclusive), and the methods most often running.
     */
    private static void profile(Path recording, Path report) throws IOException {
        Map<String, Predicate<String>> layers = new LinkedHashMap<>();
        layers.put("JDBC driver (org.postgresql)", f -> f.startsWith("org.postgresql."));
        layers.put("connection pool (com.zaxxer.hikari)", f -> f.startsWith("com.zaxxer.hikari."));
        layers.put("Spring JDBC (JdbcClient, JdbcTemplate)", f -> f.startsWith("org.springframework.jdbc."));
        layers.put("Spring transactions", f -> f.startsWith("org.springframework.transaction."));
        layers.put(
                "token signature check (com.nimbusds, RSA)",
                f -> f.startsWith("com.nimbusds.") || f.startsWith("sun.security."));
        layers.put("JSON (Jackson)", f -> f.startsWith("tools.jackson.") || f.startsWith("com.fasterxml."));
        layers.put("Spring Security filters", f -> f.startsWith("org.springframework.security."));
        layers.put("observations (io.micrometer)", f -> f.startsWith("io.micrometer."));
        layers.put("logging (logback, slf4j)", f -> f.startsWith("ch.qos.logback.") || f.startsWith("org.slf4j."));
        layers.put(
                "Spring AOP, proxies and reflection",
                f -> f.startsWith("org.springframework.aop.")
                        || f.startsWith("org.springframework.cglib.")
                        || f.contains("$$SpringCGLIB$$")
                        || f.startsWith("jdk.internal.reflect.")
                        || f.startsWith("java.lang.invoke."));
        layers.put(
                "Spring MVC and web",
                f -> f.startsWith("org.springframework.web.")
                        || f.startsWith("org.springframework.http.")
                        || f.startsWith("org.springframework.boot.")
                        || f.startsWith("jakarta.servlet."));
        layers.put("Tomcat (HTTP, connections)", f -> f.startsWith("org.apache."));
        layers.put("leerbudget: overview (plans)", f -> f.startsWith("nl.leerbudget.overview."));
        layers.put("leerbudget: ledger", f -> f.startsWith("nl.leerbudget.ledger."));
        layers.put("leerbudget: register", f -> f.startsWith("nl.leerbudget.register."));
        layers.put("leerbudget: identity (who asks)", f -> f.startsWith("nl.leerbudget.identity."));
        layers.put("leerbudget: other", f -> f.startsWith("nl.leerbudget."));
        Map<String, Predicate<String>> parts = new LinkedHashMap<>();
        parts.put("the plan (`Financing.planFor`), in all", f -> f.equals("nl.leerbudget.overview.Financing.planFor"));
        parts.put("the offering (`Register.offering`)", f -> f.equals("nl.leerbudget.register.Register.offering"));
        parts.put(
                "the offering's purpose (`PaymentPurposes.find`)",
                f -> f.equals("nl.leerbudget.register.PaymentPurposes.find"));
        parts.put(
                "the learning account and its compartments (`Ledger.learningAccount`)",
                f -> f.equals("nl.leerbudget.ledger.Ledger.learningAccount"));
        parts.put("the compartments' sources (`Sources.of`)", f -> f.equals("nl.leerbudget.overview.Sources.of"));
        parts.put("the rules (`PlanRules.plan`)", f -> f.equals("nl.leerbudget.overview.domain.PlanRules.plan"));
        parts.put(
                "the plan as JSON (`FinancingPlanJson.of` and writing it)",
                f -> f.startsWith("nl.leerbudget.overview.web.FinancingPlanJson")
                        || f.startsWith("org.springframework.http.converter.json.")
                        || f.startsWith("org.springframework.http.converter.AbstractJacksonHttpMessageConverter"));
        parts.put("the caller's user (`Logins`)", f -> f.startsWith("nl.leerbudget.identity.web.Logins."));
        parts.put(
                "a database transaction begun or ended",
                f -> f.startsWith("org.springframework.jdbc.datasource.DataSourceTransactionManager.doBegin")
                        || f.startsWith("org.springframework.jdbc.datasource.DataSourceTransactionManager.doCommit")
                        || f.startsWith("org.springframework.jdbc.datasource.DataSourceTransactionManager.doCleanup"));
        parts.put("any SQL statement (`org.postgresql`)", f -> f.startsWith("org.postgresql."));
        Map<String, Integer> byLayer = new LinkedHashMap<>();
        layers.keySet().forEach(k -> byLayer.put(k, 0));
        byLayer.put("JDK only (threads, selectors, collections)", 0);
        Map<String, Integer> byPart = new LinkedHashMap<>();
        parts.keySet().forEach(k -> byPart.put(k, 0));
        Map<String, Integer> top = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                List<String> names = new ArrayList<>(frames.size());
                for (RecordedFrame frame : frames) {
                    names.add(frame.getMethod().getType().getName() + "."
                            + frame.getMethod().getName());
                }
                if (!names.isEmpty()) {
                    top.merge(names.getFirst(), 1, Integer::sum);
                }
                String layer = "JDK only (threads, selectors, collections)";
                found:
                for (String name : names) {
                    for (Map.Entry<String, Predicate<String>> candidate : layers.entrySet()) {
                        if (candidate.getValue().test(name)) {
                            layer = candidate.getKey();
                            break found;
                        }
                    }
                }
                byLayer.merge(layer, 1, Integer::sum);
                for (Map.Entry<String, Predicate<String>> part : parts.entrySet()) {
                    if (names.stream().anyMatch(part.getValue())) {
                        byPart.merge(part.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        int all = Math.max(1, samples);
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%,d execution samples of the instance's Java threads (the JIT"
                        + " compilers and garbage collectors are not sampled).%n%n",
                samples));
        text.append("| innermost layer on the stack | share of samples |\n| --- | ---: |\n");
        byLayer.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0)
                .forEach(e -> text.append(
                        String.format(Locale.ROOT, "| %s | %.0f%% |%n", e.getKey(), 100.0 * e.getValue() / all)));
        text.append("\n| on the stack (inclusive) | share of samples |\n| --- | ---: |\n");
        byPart.forEach((part, count) ->
                text.append(String.format(Locale.ROOT, "| %s | %.0f%% |%n", part, 100.0 * count / all)));
        text.append("\n| method most often running | share |\n| --- | ---: |\n");
        top.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> text.append(
                        String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / all)));
        Files.writeString(report, text.toString());
        System.out.print(text);
    }

    // ---------------------------------------------------------------- measuring

    /** CPU time from {@code /proc}: the instance, PostgreSQL's processes and this process. */
    record Cpu(List<Long> instance, int postgresUid, long ticksPerSecond) {

        static Cpu fromSystemProperties() {
            List<Long> pids = Arrays.stream(
                            System.getProperty("bench.instancePid", "").split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(Long::parseLong)
                    .toList();
            return new Cpu(pids, Integer.getInteger("bench.postgresUid", -1), Long.getLong("bench.clockTicks", 100));
        }

        record Snapshot(long instanceTicks, long databaseTicks, long driverNanos) {}

        Snapshot snapshot() {
            long instanceTicks = 0;
            for (long pid : instance) {
                instanceTicks += ticks(Path.of("/proc", Long.toString(pid), "stat"));
            }
            long databaseTicks = 0;
            if (postgresUid >= 0) {
                try (var processes = Files.list(Path.of("/proc"))) {
                    for (Path process : processes.toList()) {
                        String name = process.getFileName().toString();
                        if (!name.chars().allMatch(Character::isDigit)) {
                            continue;
                        }
                        try {
                            if (((Integer) Files.getAttribute(process, "unix:uid")) == postgresUid) {
                                databaseTicks += ticks(process.resolve("stat"));
                            }
                        } catch (IOException | UnsupportedOperationException gone) {
                            // ended meanwhile
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            long driver = ((com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new Snapshot(instanceTicks, databaseTicks, driver);
        }

        /** Milliseconds of CPU per unit of work, and seconds in all, into the figures. */
        void describe(Snapshot before, Snapshot after, long units, Properties figures) {
            double instanceSeconds = (after.instanceTicks() - before.instanceTicks()) / (double) ticksPerSecond;
            double databaseSeconds = (after.databaseTicks() - before.databaseTicks()) / (double) ticksPerSecond;
            double driverSeconds = (after.driverNanos() - before.driverNanos()) / 1e9;
            figures.setProperty("instanceCpuSeconds", String.format(Locale.ROOT, "%.1f", instanceSeconds));
            figures.setProperty("databaseCpuSeconds", String.format(Locale.ROOT, "%.1f", databaseSeconds));
            figures.setProperty("driverCpuSeconds", String.format(Locale.ROOT, "%.1f", driverSeconds));
            figures.setProperty("instanceCpuMs", String.format(Locale.ROOT, "%.2f", 1000 * instanceSeconds / units));
            figures.setProperty("databaseCpuMs", String.format(Locale.ROOT, "%.2f", 1000 * databaseSeconds / units));
            figures.setProperty("driverCpuMs", String.format(Locale.ROOT, "%.2f", 1000 * driverSeconds / units));
        }

        private static long ticks(Path stat) {
            try {
                String text = Files.readString(stat);
                String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }
    }

    /**
     * PostgreSQL's counters for the bench database: per table sequential and index scans and rows written, and the
     * database's transactions and blocks, to tell how many lookups a unit of work costs.
     */
    private static Map<String, Long> databaseStatistics() throws SQLException {
        Map<String, Long> stats = new TreeMap<>();
        try (Connection db = connect()) {
            try (PreparedStatement query = db.prepareStatement("select relname, seq_scan, coalesce(idx_scan, 0),"
                            + " n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    stats.put("table." + rs.getString(1) + ".seq", rs.getLong(2));
                    stats.put("table." + rs.getString(1) + ".idx", rs.getLong(3));
                    stats.put("table." + rs.getString(1) + ".written", rs.getLong(4));
                }
            }
            try (PreparedStatement query = db.prepareStatement(
                            "select xact_commit, xact_rollback, blks_read,"
                                    + " blks_hit, tup_returned, tup_fetched from pg_stat_database where datname = current_database()");
                    ResultSet rs = query.executeQuery()) {
                rs.next();
                stats.put("db.commits", rs.getLong(1));
                stats.put("db.rollbacks", rs.getLong(2));
                stats.put("db.blocksRead", rs.getLong(3));
                stats.put("db.blocksHit", rs.getLong(4));
                stats.put("db.tuplesReturned", rs.getLong(5));
                stats.put("db.tuplesFetched", rs.getLong(6));
            }
        }
        return stats;
    }

    /** Per unit of work: every counter that moved, as {@code stats.<counter>} (two decimals). */
    private static void statistics(Map<String, Long> before, Map<String, Long> after, long units, Properties out) {
        List<String> moved = new ArrayList<>();
        after.forEach((key, value) -> {
            long delta = value - before.getOrDefault(key, 0L);
            if (delta != 0) {
                out.setProperty("stats." + key, String.format(Locale.ROOT, "%.2f", (double) delta / units));
                moved.add(key);
            }
        });
        out.setProperty("statsMoved", String.join(",", moved));
    }

    // ---------------------------------------------------------------- helpers

    private static List<Caller> callers(Path file) throws IOException {
        List<Caller> callers = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split("\t", 3);
                callers.add(new Caller(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
            }
        }
        return callers;
    }

    private static List<String> offerings(Properties setup) {
        int count = Integer.parseInt(setup.getProperty("offerings"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(setup.getProperty("offering." + i));
        }
        return ids;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("LEERBUDGET_DB_URL"),
                System.getenv("LEERBUDGET_DB_USER"),
                System.getenv("LEERBUDGET_DB_PASSWORD"));
    }

    /** HTTP/1.1 with kept-alive connections, as a browser or an app would send. */
    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        long value = sorted[Math.max(0, index)];
        return value == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : value / 1e6;
    }

    private static String ms(double millis) {
        return Double.isNaN(millis)
                ? "n/a"
                : Double.isInfinite(millis) ? "∞" : String.format(Locale.ROOT, "%.1f", millis);
    }
}
