package nl.leerbudget.register.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.OfferingDetails.StudyLoadUnit;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.RegisterProvider;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo catalogue of a few hundred offerings, made from two small data files under {@code register/demo/}: the
 * providers ({@code aanbieders.csv}: name, KvK, IBAN, the places they teach, quality mark) and the courses
 * ({@code opleidingen.csv}: title, type, level, study load, price, modalities, start months, the providers that give
 * them, description), with the ESCO skills each course adds ({@code vaardigheden.csv}: course title, ESCO skill URI,
 * ESCO's English name, chosen from the essential skills of the occupations the course trains for). Every provider of a course gives it once, in each of its places when not online. The same files
 * and the same load day always make the same catalogue: the variation of price and modality per provider comes from
 * a random generator with a fixed seed, and start dates are the first day of the months the file names, counted from
 * the load day, so that the demo never runs out of dates.
 *
 * <p>Loaded through the register's own API ({@link Register#admitCatalogue}, one transaction), so that every offering
 * passes the same checks as any other; last of the demo data, so that the demo people, rights and schemes are there
 * first.
 */
@Component
@Order(90)
@ConditionalOnBooleanProperty(name = "leerbudget.demo-data", havingValue = true)
class DemoCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final String PROVIDER_ADMITTED = "Toegelaten: geldig keurmerk en volledige gegevens.";
    private static final String OFFERING_ADMITTED = "Voldoet aan het toetsingskader.";

    static final String PROVIDERS = "/register/demo/aanbieders.csv";
    static final String COURSES = "/register/demo/opleidingen.csv";
    static final String SKILLS = "/register/demo/vaardigheden.csv";
    private static final long SEED = 2027;
    private static final LocalDate MARK_FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate MARK_UNTIL = LocalDate.of(2030, 12, 31);

    /** A provider with the places it teaches in. */
    record Provider(RegisterProvider registration, List<String> places) {}

    /** The providers, in file order, and the offerings, in file order of the courses. */
    record Catalogue(List<Provider> providers, List<Register.Submission> offerings) {}

    private final Register register;
    private final Actors actors;
    private final Clock clock;

    DemoCatalogue(Register register, Actors actors, Clock clock) {
        this.register = register;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        actors.asSystem(this::load);
    }

    /** Unless loaded on an earlier start. */
    private void load() {
        long started = System.nanoTime();
        Catalogue catalogue = read(LocalDate.now(clock.withZone(NETHERLANDS)));
        if (register.provider(catalogue.providers().getFirst().registration().id())
                .isPresent()) {
            return;
        }
        register.admitCatalogue(
                catalogue.providers().stream().map(Provider::registration).toList(),
                catalogue.offerings(),
                PROVIDER_ADMITTED,
                OFFERING_ADMITTED);
        log.info(
                "Demo catalogue: {} offerings of {} providers loaded in {} ms",
                catalogue.offerings().size(),
                catalogue.providers().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    static Catalogue read(LocalDate loadDay) {
        Map<String, Provider> providers = new LinkedHashMap<>();
        for (String[] cells : rows(PROVIDERS, 7)) {
            String key = cells[0];
            ProviderId id =
                    new ProviderId(UUID.nameUUIDFromBytes(("demo/provider/" + key).getBytes(StandardCharsets.UTF_8)));
            QualityMark mark = new QualityMark(QualityMark.Scheme.valueOf(cells[5]), cells[6], MARK_FROM, MARK_UNTIL);
            providers.put(
                    key,
                    new Provider(
                            new RegisterProvider(id, cells[2], cells[1], cells[3], List.of(mark)),
                            List.of(cells[4].split("\\|"))));
        }
        Map<String, List<String>> skills = new LinkedHashMap<>();
        for (String[] cells : rows(SKILLS, 3)) {
            skills.computeIfAbsent(cells[0], title -> new ArrayList<>()).add(cells[1]);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<Register.Submission> offerings = new ArrayList<>();
        for (String[] cells : rows(COURSES, 14)) {
            OfferingType type = OfferingType.valueOf(cells[1]);
            Integer level = cells[2].isEmpty() ? null : Integer.valueOf(cells[2]);
            int load = Integer.parseInt(cells[3]);
            StudyLoadUnit unit = StudyLoadUnit.valueOf(cells[4]);
            long basePrice = Long.parseLong(cells[5]) * 100;
            boolean vat = cells[6].equals("ja");
            List<Modality> modalities =
                    Arrays.stream(cells[7].split("\\|")).map(Modality::valueOf).toList();
            Integer max = cells[8].isEmpty() ? null : Integer.valueOf(cells[8]);
            List<LocalDate> starts = Arrays.stream(cells[9].split("\\|"))
                    .map(months -> loadDay.withDayOfMonth(1).plusMonths(Long.parseLong(months)))
                    .toList();
            List<String> fields = List.of(cells[10].split("\\|"));
            boolean recognised = cells[11].equals("ja");
            for (String key : cells[12].split("\\|")) {
                Provider provider = providers.get(key);
                if (provider == null) {
                    throw new IllegalStateException(COURSES + ": no provider '" + key + "' in " + PROVIDERS);
                }
                // 90 to 115 percent of the base price, rounded to 5 euros; free stays free.
                long price = basePrice == 0 ? 0 : Math.round(basePrice * (90 + random.nextInt(26)) / 100.0 / 500) * 500;
                long vatCents = vat ? Math.round(price * 21 / 121.0) : 0;
                Modality modality = modalities.get(random.nextInt(modalities.size()));
                List<@Nullable String> places = new ArrayList<>();
                if (modality == Modality.ONLINE) {
                    places.add(null);
                } else {
                    places.addAll(provider.places());
                }
                for (String place : places) {
                    offerings.add(new Register.Submission(
                            provider.registration().id(),
                            new OfferingDetails(
                                    type,
                                    cells[0],
                                    cells[13],
                                    level,
                                    load,
                                    unit,
                                    price,
                                    vatCents,
                                    price - vatCents,
                                    modality,
                                    place,
                                    starts,
                                    max,
                                    fields,
                                    skills.getOrDefault(cells[0], List.of()),
                                    recognised)));
                }
            }
        }
        Set<String> titles = new java.util.HashSet<>();
        rows(COURSES, 14).forEach(cells -> titles.add(cells[0]));
        skills.keySet().stream()
                .filter(title -> !titles.contains(title))
                .findFirst()
                .ifPresent(title -> {
                    throw new IllegalStateException(SKILLS + ": no course '" + title + "' in " + COURSES);
                });
        return new Catalogue(List.copyOf(providers.values()), List.copyOf(offerings));
    }

    /** The data rows of a semicolon-separated file: no comment lines (#), no header, each with {@code cells} cells. */
    private static List<String[]> rows(String resource, int cells) {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] row = line.split(";", -1);
                if (row.length != cells) {
                    throw new IllegalStateException(
                            resource + ": " + cells + " cells expected, " + row.length + " in: " + line);
                }
                rows.add(Arrays.stream(row).map(String::strip).toArray(String[]::new));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
