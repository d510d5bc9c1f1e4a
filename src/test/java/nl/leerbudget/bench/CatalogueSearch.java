package nl.leerbudget.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import nl.leerbudget.LeerbudgetApplication;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.register.Catalogue;
import nl.leerbudget.register.CatalogueQuery;
import nl.leerbudget.register.CatalogueResult;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Catalogue search latency on PostgreSQL with a large register: generates realistic admitted offerings (Dutch names
 * and descriptions from word lists, every type, levels, three modalities, 30 places, prices from tens to thousands of
 * euros; some providers suspended), builds the catalogue through {@link Catalogue#rebuild} (the register's own
 * index-maintenance path, a chunk of 1,000 offerings per transaction), then lets client threads search through
 * {@link Catalogue#search} for a fixed time with a mix of realistic queries and reports p50, p99 and max latency and
 * queries per second, per kind of query and in all. {@code bench/catalogue.sh} runs it beside pgbench.
 *
 * <p>It destroys what is in the database it is pointed at (Flyway clean), and refuses a database whose name lacks
 * "bench". With {@code -Dbench.reuse=true} it keeps the offerings of an earlier run and only searches.
 *
 * <pre>
 * LEERBUDGET_DB_URL=jdbc:postgresql://localhost:5432/leerbudget_bench_catalogue?reWriteBatchedInserts=true \
 * LEERBUDGET_DB_USER=leerbudget LEERBUDGET_DB_PASSWORD=leerbudget \
 * ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=nl.leerbudget.bench.CatalogueSearch \
 *     -Dbench.offerings=100000 -Dbench.threads=4 -Dbench.seconds=30 -Dbench.cellsKept=0
 * </pre>
 */
public final class CatalogueSearch {

    // ---------------------------------------------------------------- word lists

    static final String[] SUBJECTS = {
        "Verpleegkunde",
        "Elektrotechniek",
        "Boekhouden",
        "Excel",
        "Projectmanagement",
        "Leidinggeven",
        "Heftruck",
        "Lassen",
        "Python",
        "Data-analyse",
        "Marketing",
        "Communicatie",
        "Nederlands",
        "Engels",
        "Duits",
        "Klantcontact",
        "Verkoop",
        "Logistiek",
        "Kinderopvang",
        "Onderwijsassistent",
        "Installatietechniek",
        "Zonnepanelen",
        "Warmtepompen",
        "Timmeren",
        "Metselen",
        "Schilderen",
        "Loodgieterswerk",
        "Horeca",
        "Hygiëne",
        "VCA",
        "EHBO",
        "Bedrijfshulpverlening",
        "Salarisadministratie",
        "Arbeidsrecht",
        "Privacy",
        "Cybersecurity",
        "Netwerkbeheer",
        "Cloud",
        "Java",
        "Webdesign",
        "Fotografie",
        "Grafisch ontwerp",
        "Social media",
        "Coaching",
        "Mediation",
        "Psychologie",
        "Pedagogiek",
        "Fitness",
        "Schoonmaak",
        "Beveiliging",
        "Vrachtwagenchauffeur",
        "Tuinbouw",
        "Dierenverzorging",
        "Bouwkunde",
        "Vastgoed",
        "Verzekeringen",
        "Hypotheken",
        "Personeelszaken",
        "Werving en selectie",
        "Inkoop",
        "Kwaliteitszorg",
        "Lean",
        "Scrum",
        "Procesoperator",
        "Chemie",
        "Laboratoriumtechniek",
        "Apothekersassistent",
        "Doktersassistent",
        "Tandartsassistent",
        "Ouderenzorg",
        "Gehandicaptenzorg",
        "Jeugdzorg",
        "Sociaal werk",
        "Didactiek",
        "Taalcoach",
        "Rekenen",
        "Digitale vaardigheden",
        "AutoCAD",
        "Mechatronica",
        "CNC-verspanen",
        "Koudetechniek",
        "Energietransitie",
        "Duurzaamheid",
        "Financieel management",
        "Bedrijfskunde",
        "Facilitair management",
        "Ondernemerschap",
        "Presenteren",
        "Schrijven",
        "Time management",
        "Conflicthantering",
        "Agressie",
        "Veilig werken op hoogte",
        "Steigerbouw",
        "Grondwerk",
        "Infra",
        "Kraanmachinist",
        "Elektromonteur",
        "Servicemonteur",
        "Verkeersregelaar"
    };

    static final String[] LEVELS_OF_SKILL = {
        "voor beginners",
        "voor gevorderden",
        "in de praktijk",
        "basis",
        "verdieping",
        "opfriscursus",
        "voor leidinggevenden",
        "voor zij-instromers",
        "met examen",
        ""
    };

    static final String[] LEARN = {
        "Leer", "U leert", "In deze opleiding leert u", "Tijdens de cursus oefent u met", "U werkt aan"
    };

    static final String[] SKILLS = {
        "de basis van het vak", "veilig en zelfstandig werken", "samenwerken in een team",
        "gesprekken voeren met klanten", "plannen en organiseren", "rapporteren en verslagleggen",
        "werken volgens de wet- en regelgeving", "omgaan met moderne apparatuur", "problemen oplossen",
        "kwaliteit bewaken", "digitale hulpmiddelen gebruiken", "leiding geven aan collega's"
    };

    static final String[] FORMS = {
        "praktijkopdrachten",
        "colleges",
        "e-learning",
        "werkplekleren",
        "een stage",
        "oefenen in kleine groepen",
        "persoonlijke begeleiding",
        "videolessen",
        "een eindopdracht"
    };

    static final String[] ENDINGS = {
        "een landelijk erkend examen",
        "een certificaat",
        "een diploma",
        "een bewijs van deelname",
        "een praktijkexamen",
        "een portfolio"
    };

    static final String[] AUDIENCES = {
        "werkenden die willen doorgroeien",
        "zij-instromers",
        "werkzoekenden",
        "ondernemers",
        "zzp'ers",
        "mensen die weer aan het werk willen",
        "medewerkers in de zorg",
        "technici",
        "administratief medewerkers"
    };

    static final String[] PLACES = {
        "Amsterdam",
        "Rotterdam",
        "Den Haag",
        "Utrecht",
        "Eindhoven",
        "Groningen",
        "Tilburg",
        "Almere",
        "Breda",
        "Nijmegen",
        "Apeldoorn",
        "Haarlem",
        "Arnhem",
        "Enschede",
        "Amersfoort",
        "Zaanstad",
        "Den Bosch",
        "Zwolle",
        "Leiden",
        "Maastricht",
        "Dordrecht",
        "Ede",
        "Alkmaar",
        "Emmen",
        "Venlo",
        "Deventer",
        "Delft",
        "Sittard",
        "Helmond",
        "Leeuwarden"
    };

    static final String[] PROVIDER_WORDS = {
        "Academie", "Opleidingen", "Instituut", "Trainingen", "College", "Leerhuis", "Vakschool", "Kenniscentrum"
    };

    /** Words people type: subjects (as they type them) and general words. */
    static final String[] QUERY_WORDS = {
        "verpleegkunde",
        "elektrotechniek",
        "boekhouden",
        "excel",
        "projectmanagement",
        "leidinggeven",
        "heftruck",
        "lassen",
        "python",
        "data",
        "marketing",
        "communicatie",
        "nederlands",
        "engels",
        "klantcontact",
        "verkoop",
        "logistiek",
        "kinderopvang",
        "zonnepanelen",
        "warmtepomp",
        "timmeren",
        "horeca",
        "vca",
        "ehbo",
        "bhv",
        "salarisadministratie",
        "privacy",
        "cybersecurity",
        "java",
        "fotografie",
        "coaching",
        "psychologie",
        "beveiliging",
        "vrachtwagen",
        "tuinbouw",
        "vastgoed",
        "hypotheken",
        "inkoop",
        "lean",
        "scrum",
        "chemie",
        "doktersassistent",
        "ouderenzorg",
        "jeugdzorg",
        "didactiek",
        "rekenen",
        "autocad",
        "mechatronica",
        "duurzaamheid",
        "bedrijfskunde",
        "presenteren",
        "conflicthantering",
        "steigerbouw",
        "monteur",
        "cursus",
        "training",
        "opleiding",
        "certificaat",
        "zorg",
        "techniek",
        "beginners",
        "gevorderden",
        "praktijk",
        "online",
        "examen",
        "diploma",
        "leidinggevenden"
    };

    // ---------------------------------------------------------------- running

    record Settings(
            int offerings,
            int providers,
            int threads,
            Duration duration,
            Duration warmup,
            int cellsKept,
            boolean reuse,
            long seed,
            Path output) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("bench.offerings", 100_000),
                    Integer.getInteger("bench.providers", 800),
                    Integer.getInteger("bench.threads", 4),
                    Duration.ofSeconds(Integer.getInteger("bench.seconds", 30)),
                    Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 10)),
                    Integer.getInteger("bench.cellsKept", 500_000),
                    Boolean.getBoolean("bench.reuse"),
                    Long.getLong("bench.seed", 20261124L),
                    Path.of(System.getProperty("bench.output", "target/bench/catalogue.md")));
        }
    }

    enum Kind {
        BROWSE("no words, 0-2 filters"),
        ONE_WORD("one word"),
        ONE_WORD_FILTERED("one word and 1-2 filters"),
        TWO_WORDS("two words"),
        PREFIX("start of a word"),
        LATER_PAGE("a later page (2-5) of one of the above");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Query(Kind kind, CatalogueQuery query) {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = start(settings)) {
            Catalogue catalogue = context.getBean(Catalogue.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Actors actors = context.getBean(Actors.class);
            StringBuilder setup = new StringBuilder();
            long existing = jdbc.queryForObject("select count(*) from catalogue_entry", Long.class);
            if (settings.reuse() && existing > 0) {
                setup.append(String.format(Locale.ROOT, "Reused the %,d offerings of an earlier run.%n", existing));
            } else {
                long t0 = System.nanoTime();
                generate(jdbc, settings);
                double insertSeconds = seconds(System.nanoTime() - t0);
                long t1 = System.nanoTime();
                long seen = actors.asSystem(catalogue::rebuild);
                double indexSeconds = seconds(System.nanoTime() - t1);
                jdbc.execute("vacuum analyze");
                long terms = jdbc.queryForObject("select count(*) from catalogue_term", Long.class);
                setup.append(String.format(
                        Locale.ROOT,
                        "Generated %,d admitted offerings of %,d providers in %.1f s (batch inserts); built the"
                                + " catalogue from them through Catalogue.rebuild in %.1f s (%,.0f offerings/s, %,d"
                                + " terms, %.1f per offering).%n",
                        settings.offerings(),
                        settings.providers(),
                        insertSeconds,
                        indexSeconds,
                        seen / indexSeconds,
                        terms,
                        (double) terms / seen));
            }
            System.out.print(setup);
            var bench = new CatalogueSearch(catalogue, settings);
            try {
                if (!settings.warmup().isZero()) {
                    bench.measure(settings.warmup(), settings.seed() + 1);
                }
                Map<Kind, long[]> latencies = bench.measure(settings.duration(), settings.seed() + 2);
                bench.report(latencies, setup.toString(), seconds(System.nanoTime() - started), jdbc);
            } catch (Exception e) {
                e.printStackTrace();
                throw e;
            } finally {
                bench.clients.shutdownNow();
            }
        }
    }

    private static ConfigurableApplicationContext start(Settings settings) {
        String url = System.getenv("LEERBUDGET_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("LEERBUDGET_DB_URL must point at a PostgreSQL database, not " + url);
        }
        String database = url.replaceFirst("^jdbc:postgresql://[^/]*/", "").replaceFirst("\\?.*$", "");
        if (!database.contains("bench") && !Boolean.getBoolean("bench.allowClean")) {
            throw new IllegalStateException("refusing to clean database '" + database
                    + "': its name does not contain 'bench' (set -Dbench.allowClean=true to insist)");
        }
        // The whole application, web server included (on a free port): its security configuration needs one.
        var application = new SpringApplicationBuilder(LeerbudgetApplication.class).web(WebApplicationType.SERVLET);
        if (!settings.reuse()) {
            System.out.println("Cleaning and migrating " + url.replaceFirst("\\?.*$", ""));
            application.initializers((GenericApplicationContext context) ->
                    context.registerBean(FlywayMigrationStrategy.class, () -> flyway -> {
                        flyway.clean();
                        flyway.migrate();
                    }));
        }
        return application.run(
                "--leerbudget.demo-data=false",
                "--server.port=0",
                "--spring.flyway.clean-disabled=false",
                "--leerbudget.catalogue.cells-kept=" + settings.cellsKept(),
                "--spring.datasource.hikari.maximum-pool-size=" + (settings.threads() + 2));
    }

    // ---------------------------------------------------------------- generating

    /**
     * Providers and admitted offerings straight into the register's tables with batch inserts (the register's API
     * would check each against the assessment framework, which is not what is measured here). Deterministic: the same
     * seed gives the same register.
     */
    static void generate(JdbcTemplate jdbc, Settings settings) {
        var random = new Random(settings.seed());
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        List<UUID> providers = new ArrayList<>();
        List<Object[]> providerRows = new ArrayList<>();
        for (int i = 0; i < settings.providers(); i++) {
            UUID id = UUID.nameUUIDFromBytes(("bench/provider/" + i).getBytes(UTF_8));
            providers.add(id);
            // About one in forty providers is suspended: their offerings are found but not bookable.
            boolean suspended = random.nextInt(40) == 0;
            String name = pick(random, PLACES) + " " + pick(random, PROVIDER_WORDS) + " " + (i + 1);
            providerRows.add(new Object[] {
                id,
                String.format(Locale.ROOT, "%08d", 20_000_000 + i),
                name,
                "NL91ABNA0417164300",
                suspended ? "SUSPENDED" : "ADMITTED",
                suspended ? "Geschorst in afwachting van onderzoek." : "Toegelaten.",
                now,
                now
            });
        }
        jdbc.batchUpdate(
                "insert into provider (id, kvk, name, iban, status, status_reason, status_changed_at, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                providerRows);
        int chunk = 5_000;
        for (int from = 0; from < settings.offerings(); from += chunk) {
            List<Object[]> offerings = new ArrayList<>();
            List<Offering> versions = new ArrayList<>();
            for (int i = from; i < Math.min(settings.offerings(), from + chunk); i++) {
                Offering offering = Offering.random(random, i, providers, now);
                versions.add(offering);
                offerings.add(new Object[] {
                    offering.id,
                    offering.provider,
                    "ADMITTED",
                    "Voldoet aan het toetsingskader.",
                    offering.updatedAt,
                    offering.updatedAt
                });
            }
            jdbc.batchUpdate(
                    "insert into offering (id, provider_id, current_version, status, status_reason, created_at,"
                            + " updated_at) values (?, ?, 1, ?, ?, ?, ?)",
                    offerings);
            jdbc.batchUpdate("""
                    insert into offering_version (offering_id, version, type, name, description, level, study_load,
                      study_load_unit, price_cents, vat_cents, eligible_cost_cents, modality, location, start_dates,
                      max_participants, fields_of_study, skills, recognised, created_at)
                    values (?, 1, ?, ?, ?, ?, ?, 'HOURS', ?, 0, ?, ?, ?, ?, ?, ?, '', ?, ?)""", versions, versions.size(), (PreparedStatement ps, Offering o) -> {
                ps.setObject(1, o.id);
                ps.setString(2, o.type.name());
                ps.setString(3, o.name);
                ps.setString(4, o.description);
                ps.setObject(5, o.level, java.sql.Types.INTEGER);
                ps.setInt(6, o.hours);
                ps.setLong(7, o.priceCents);
                ps.setLong(8, o.priceCents);
                ps.setString(9, o.modality.name());
                ps.setString(10, o.location);
                ps.setString(11, o.start.toString());
                ps.setInt(12, 20);
                ps.setString(13, o.field);
                ps.setBoolean(14, o.recognised);
                ps.setObject(15, o.updatedAt);
            });
        }
    }

    /** One generated offering. */
    record Offering(
            UUID id,
            UUID provider,
            OfferingType type,
            String name,
            String description,
            @Nullable Integer level,
            int hours,
            long priceCents,
            Modality modality,
            @Nullable String location,
            LocalDate start,
            String field,
            boolean recognised,
            OffsetDateTime updatedAt) {

        static Offering random(Random random, int i, List<UUID> providers, OffsetDateTime now) {
            // Popular subjects are offered more often (a Zipf-like spread over the list).
            String subject = SUBJECTS[(int) Math.floor(Math.pow(random.nextDouble(), 2) * SUBJECTS.length)];
            OfferingType type = weighted(random);
            Integer level = null;
            long price;
            int hours;
            String name;
            boolean recognised = false;
            switch (type) {
                case MBO_CERTIFICATE -> {
                    level = 2 + random.nextInt(3);
                    name = "Mbo-certificaat " + subject;
                    price = 80_000 + random.nextInt(220_000);
                    hours = 120 + random.nextInt(300);
                    recognised = random.nextInt(10) < 7;
                }
                case DIPLOMA_PROGRAMME -> {
                    level = 2 + random.nextInt(6);
                    name = pick(random, new String[] {"Opleiding", "Mbo-opleiding", "Associate degree", "Bachelor"})
                            + " " + subject;
                    price = 200_000 + random.nextInt(1_000_000);
                    hours = 800 + random.nextInt(3_000);
                    recognised = random.nextInt(10) < 7;
                }
                case MICROCREDENTIAL -> {
                    level = 4 + random.nextInt(3);
                    name = "Microcredential " + subject + " " + pick(random, LEVELS_OF_SKILL);
                    price = 40_000 + random.nextInt(160_000);
                    hours = 28 * (2 + random.nextInt(8));
                }
                case EVC_PROCEDURE -> {
                    level = 2 + random.nextInt(4);
                    name = "EVC-traject " + subject;
                    price = 50_000 + random.nextInt(100_000);
                    hours = 20 + random.nextInt(40);
                }
                case CAREER_ADVICE -> {
                    name = "Loopbaanadvies voor " + pick(random, AUDIENCES);
                    price = 10_000 + random.nextInt(80_000);
                    hours = 4 + random.nextInt(12);
                }
                default -> {
                    name = pick(random, new String[] {"Cursus", "Training", "Workshop", "Basiscursus"}) + " " + subject
                            + " " + pick(random, LEVELS_OF_SKILL);
                    price = 9_500 + random.nextInt(150_000);
                    hours = 4 + random.nextInt(80);
                }
            }
            int m = random.nextInt(10);
            Modality modality = m < 5 ? Modality.IN_PERSON : m < 8 ? Modality.ONLINE : Modality.BLENDED;
            String location = modality == Modality.ONLINE ? null : PLACES[random.nextInt(PLACES.length)];
            String description = pick(random, LEARN) + " " + pick(random, SKILLS) + " in "
                    + subject.toLowerCase(Locale.ROOT) + ". Met " + pick(random, FORMS) + " en "
                    + pick(random, FORMS) + ", afgesloten met " + pick(random, ENDINGS) + ". Voor "
                    + pick(random, AUDIENCES)
                    + (location == null ? ", online en in uw eigen tempo." : " in " + location + " en omgeving.");
            return new Offering(
                    UUID.nameUUIDFromBytes(("bench/offering/" + i).getBytes(UTF_8)),
                    providers.get(random.nextInt(providers.size())),
                    type,
                    name.strip(),
                    description,
                    level,
                    hours,
                    price - price % 500,
                    modality,
                    location,
                    LocalDate.of(2027, 1 + random.nextInt(12), 1),
                    subject.toLowerCase(Locale.ROOT),
                    recognised,
                    now.minusMinutes(random.nextInt(2 * 365 * 24 * 60)));
        }

        private static OfferingType weighted(Random random) {
            int r = random.nextInt(100);
            if (r < 45) {
                return OfferingType.SHORT_COURSE;
            } else if (r < 60) {
                return OfferingType.MBO_CERTIFICATE;
            } else if (r < 72) {
                return OfferingType.MICROCREDENTIAL;
            } else if (r < 85) {
                return OfferingType.DIPLOMA_PROGRAMME;
            } else if (r < 93) {
                return OfferingType.EVC_PROCEDURE;
            }
            return OfferingType.CAREER_ADVICE;
        }
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    // ---------------------------------------------------------------- searching

    private final Catalogue catalogue;
    private final Settings settings;
    private final ExecutorService clients;

    private CatalogueSearch(Catalogue catalogue, Settings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.clients = Executors.newFixedThreadPool(
                settings.threads(), Thread.ofPlatform().name("bench-client-", 1).factory());
    }

    /** A query as people make them: mostly first pages, often a word or two, sometimes a filter or two. */
    static Query query(SplittableRandom random) {
        int r = random.nextInt(100);
        Kind kind = r < 25
                ? Kind.BROWSE
                : r < 50 ? Kind.ONE_WORD : r < 70 ? Kind.ONE_WORD_FILTERED : r < 82 ? Kind.TWO_WORDS : Kind.PREFIX;
        String word = QUERY_WORDS[(int) Math.floor(Math.pow(random.nextDouble(), 1.5) * QUERY_WORDS.length)];
        String text = switch (kind) {
            case BROWSE, LATER_PAGE -> "";
            case ONE_WORD, ONE_WORD_FILTERED -> word;
            case TWO_WORDS ->
                word + " "
                        + (random.nextBoolean()
                                ? PLACES[random.nextInt(PLACES.length)].toLowerCase(Locale.ROOT)
                                : QUERY_WORDS[random.nextInt(QUERY_WORDS.length)]);
            case PREFIX -> word.substring(0, Math.min(word.length(), 3 + random.nextInt(3)));
        };
        CatalogueQuery query = CatalogueQuery.text(text).withPage(1, 20);
        int filters =
                kind == Kind.ONE_WORD_FILTERED ? 1 + random.nextInt(2) : kind == Kind.BROWSE ? random.nextInt(3) : 0;
        for (int i = 0; i < filters; i++) {
            query = switch (random.nextInt(6)) {
                case 0 -> query.withTypes(Set.of(OfferingType.values()[random.nextInt(OfferingType.values().length)]));
                case 1 -> query.withLevels(Set.of(2 + random.nextInt(3), 5 + random.nextInt(2)));
                case 2 -> query.withModalities(Set.of(Modality.values()[random.nextInt(3)]));
                case 3 -> query.withLocation(PLACES[random.nextInt(PLACES.length)]);
                case 4 -> {
                    PriceBand band = PriceBand.values()[random.nextInt(PriceBand.values().length)];
                    yield query.withPrice(band.minCents(), band.maxCents());
                }
                default -> query.withRecognised(random.nextInt(3) == 0);
            };
        }
        if (random.nextInt(100) < 12) {
            return new Query(Kind.LATER_PAGE, query.withPage(2 + random.nextInt(4), 20));
        }
        return new Query(kind, query);
    }

    private Map<Kind, long[]> measure(Duration duration, long seed) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<Map<Kind, LongStream.Builder>>> running = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
            long clientSeed = seed * 31 + i;
            running.add(clients.submit(() -> drive(deadline, new SplittableRandom(clientSeed))));
        }
        Map<Kind, LongStream.Builder> all = new EnumMap<>(Kind.class);
        for (Future<Map<Kind, LongStream.Builder>> client : running) {
            client.get().forEach((kind, nanos) -> {
                LongStream.Builder into = all.computeIfAbsent(kind, k -> LongStream.builder());
                nanos.build().forEach(into::add);
            });
        }
        Map<Kind, long[]> sorted = new EnumMap<>(Kind.class);
        all.forEach((kind, nanos) -> sorted.put(kind, nanos.build().sorted().toArray()));
        return sorted;
    }

    private Map<Kind, LongStream.Builder> drive(long deadline, SplittableRandom random) {
        Map<Kind, LongStream.Builder> latencies = new EnumMap<>(Kind.class);
        long results = 0;
        while (System.nanoTime() < deadline) {
            Query query = query(random);
            long begin = System.nanoTime();
            CatalogueResult result = catalogue.search(query.query());
            latencies.computeIfAbsent(query.kind(), k -> LongStream.builder()).add(System.nanoTime() - begin);
            results += result.hits().size();
        }
        if (results < 0) {
            throw new IllegalStateException("unreachable; keeps the results alive");
        }
        return latencies;
    }

    // ---------------------------------------------------------------- reporting

    private void report(Map<Kind, long[]> latencies, String setup, double elapsed, JdbcTemplate jdbc)
            throws IOException {
        long[] all = latencies.values().stream()
                .flatMapToLong(LongStream::of)
                .sorted()
                .toArray();
        double seconds = settings.duration().toNanos() / 1e9;
        StringBuilder table = new StringBuilder();
        table.append("| queries | share | count | p50 ms | p99 ms | max ms |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<Kind, long[]> entry : latencies.entrySet()) {
            long[] nanos = entry.getValue();
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f%% | %,d | %.1f | %.1f | %.1f |%n",
                    entry.getKey().label,
                    100.0 * nanos.length / all.length,
                    nanos.length,
                    percentile(nanos, 0.50),
                    percentile(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6));
        }
        table.append(String.format(
                Locale.ROOT,
                "| **all** | 100%% | %,d | **%.1f** | **%.1f** | %.1f |%n",
                all.length,
                percentile(all, 0.50),
                percentile(all, 0.99),
                all[all.length - 1] / 1e6));
        long offerings = jdbc.queryForObject("select count(*) from catalogue_entry", Long.class);
        String summary = String.format(
                Locale.ROOT,
                "%s%n%,d offerings in the catalogue; %d client threads for %.0f s after %d s warm-up; cells kept"
                        + " per catalogue generation: %s; %,.1f queries/s.%n%n%s",
                setup.strip(),
                offerings,
                settings.threads(),
                seconds,
                settings.warmup().toSeconds(),
                settings.cellsKept() > 0 ? "up to " + settings.cellsKept() : "none (every query counted anew)",
                all.length / seconds,
                table);
        System.out.println(summary);
        System.out.printf(Locale.ROOT, "Whole run: %.1f s%n", elapsed);
        Files.createDirectories(settings.output().toAbsolutePath().getParent());
        Files.writeString(settings.output(), summary);
        Path csv = Path.of(settings.output().toString().replaceFirst("\\.md$", "") + ".csv");
        Files.writeString(
                csv,
                String.format(
                        Locale.ROOT,
                        "cellsKept,queries,qps,p50ms,p99ms,maxms%n%d,%d,%.1f,%.2f,%.2f,%.2f%n",
                        settings.cellsKept(),
                        all.length,
                        all.length / seconds,
                        percentile(all, 0.50),
                        percentile(all, 0.99),
                        all[all.length - 1] / 1e6));
    }

    private static double percentile(long[] sortedNanos, double quantile) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
