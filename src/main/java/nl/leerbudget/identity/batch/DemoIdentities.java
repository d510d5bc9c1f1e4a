package nl.leerbudget.identity.batch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.BenefitDelivery;
import nl.leerbudget.identity.BenefitFacts;
import nl.leerbudget.identity.BenefitKind;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.domain.Bsn;
import nl.leerbudget.identity.domain.Mandate;
import nl.leerbudget.identity.domain.Mandates;
import nl.leerbudget.identity.domain.Pseudonyms;
import nl.leerbudget.identity.domain.User;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of every role, with the people behind the citizens (test BSNs from the 9999 range, which are never
 * issued to real people), their logins at the development identity provider, two API clients and one mandate.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty(name = "leerbudget.demo-data", havingValue = true)
public class DemoIdentities implements ApplicationRunner {

    /** The password of every demo user at the development identity provider. */
    public static final String PASSWORD = "leerbudget";

    /**
     * A demo user: the login name at the development identity provider, what the application knows, and who they are
     * (initial education and labour-market position, for the demo).
     */
    public record DemoLogin(
            String username,
            String displayName,
            Role role,
            @Nullable PersonId person,
            @Nullable String bsn,
            @Nullable UUID organisation,
            String description) {

        public UUID userId() {
            return UUID.nameUUIDFromBytes(("demo/user/" + username).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin(
                    "fatima",
                    "Fatima El Amrani",
                    Role.CITIZEN,
                    Demo.FATIMA,
                    "999991000",
                    null,
                    "mbo-2, werkt in de bouw"),
            new DemoLogin(
                    "jan", "Jan Visser", Role.CITIZEN, Demo.JAN, "999991012", null, "mbo-4, monteur in de techniek"),
            new DemoLogin(
                    "sanne",
                    "Sanne de Jong",
                    Role.CITIZEN,
                    Demo.SANNE,
                    "999991024",
                    null,
                    "wo-master, werknemer bij een gemeente"),
            new DemoLogin(
                    "kees",
                    "Kees Bakker",
                    Role.CITIZEN,
                    Demo.KEES,
                    "999991036",
                    null,
                    "hbo-bachelor, zelfstandige (zzp)"),
            new DemoLogin(
                    "demi",
                    "Demi Smit",
                    Role.CITIZEN,
                    Demo.DEMI,
                    "999991048",
                    null,
                    "geen startkwalificatie, werkzoekend"),
            new DemoLogin(
                    "ahmed",
                    "Ahmed Yilmaz (Leerwerkloket)",
                    Role.ADVISER,
                    null,
                    null,
                    null,
                    "loopbaanadviseur, gemachtigd door Demi"),
            new DemoLogin(
                    "marieke",
                    "Marieke de Boer (ROC Midden Nederland)",
                    Role.PROVIDER,
                    null,
                    null,
                    Demo.ROC,
                    "opleider"),
            new DemoLogin(
                    "peter",
                    "Peter de Vries (Bouwbedrijf De Vries)",
                    Role.FUNDER,
                    null,
                    null,
                    Demo.EMPLOYER,
                    "werkgever en financier"),
            new DemoLogin(
                    "els",
                    "Els Jansen (uitvoeringsorganisatie)",
                    Role.SCHEME_ADMINISTRATOR,
                    null,
                    null,
                    null,
                    "beheert regelingen"),
            new DemoLogin(
                    "ruud",
                    "Ruud Hendriks (scholingsregister)",
                    Role.REGISTER_REVIEWER,
                    null,
                    null,
                    null,
                    "beoordeelt opleidingen"),
            new DemoLogin("noor", "Noor Bos (beleidsanalist)", Role.ANALYST, null, null, null, "rekent aan beleid"),
            new DemoLogin("wim", "Wim Mulder (auditor)", Role.AUDITOR, null, null, null, "controleert"));

    /** API clients (OAuth2 client credentials) of demo organisations, by client id, acting as a demo user. */
    public static final List<String[]> API_CLIENTS =
            List.of(new String[] {"roc-midden-nederland", "marieke"}, new String[] {"bouwbedrijf-de-vries", "peter"});

    public static DemoLogin login(String username) {
        return LOGINS.stream()
                .filter(l -> l.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    }

    private final PersonRegistry registry;
    private final Users users;
    private final Mandates mandates;
    private final IdentityProperties properties;
    private final Actors actors;
    private final Clock clock;
    private final BenefitFacts benefits;

    DemoIdentities(
            PersonRegistry registry,
            Users users,
            Mandates mandates,
            IdentityProperties properties,
            Actors actors,
            Clock clock,
            BenefitFacts benefits) {
        this.benefits = benefits;
        this.registry = registry;
        this.users = users;
        this.mandates = mandates;
        this.properties = properties;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        actors.asSystem(this::load);
    }

    private void load() {
        Pseudonyms pseudonyms = new Pseudonyms(properties.pseudonymKeyBytes());
        Instant now = clock.instant();
        for (DemoLogin login : LOGINS) {
            if (login.person() != null && login.bsn() != null) {
                registry.findOrRegister(Bsn.of(login.bsn()), login.displayName(), login.person());
            }
            users.save(
                    new User(
                            login.userId(),
                            login.displayName(),
                            login.person(),
                            login.organisation(),
                            Set.of(login.role())),
                    properties.devIssuer(),
                    pseudonyms.pairwise(properties.sector(), login.username()),
                    now);
        }
        for (String[] client : API_CLIENTS) {
            DemoLogin login = login(client[1]);
            users.save(
                    new User(
                            login.userId(),
                            login.displayName(),
                            login.person(),
                            login.organisation(),
                            Set.of(login.role())),
                    properties.devIssuer(),
                    client[0],
                    now);
        }
        // Demi, who finds digital forms hard, lets the adviser of the learning-work desk act for her; she confirms
        // bookings herself. A demo database that outlived the mandate gets a new one, so the adviser's page has
        // someone.
        UUID adviser = login("ahmed").userId();
        UUID mandate = UUID.nameUUIDFromBytes("demo/mandate/demi-ahmed".getBytes(StandardCharsets.UTF_8));
        boolean first = mandates.find(mandate).isEmpty();
        if (first || !mandates.active(adviser, Demo.DEMI, now)) {
            mandates.insert(new Mandate(
                    first ? mandate : UUID.randomUUID(),
                    Demo.DEMI,
                    adviser,
                    now,
                    now.plus(Duration.ofDays(180)),
                    false,
                    null,
                    now));
        }
        // Demi receives bijstand from the municipality of Utrecht (CBS code 0344) since the start of last year, as the
        // municipality delivers it: she is in the target group of its learning budget for people with a benefit.
        benefits.deliver(new BenefitDelivery(
                UUID.nameUUIDFromBytes("demo/benefits/gemeente-0344".getBytes(StandardCharsets.UTF_8)),
                "gemeente-0344",
                List.of(new BenefitDelivery.Line(
                        java.util.Objects.requireNonNull(login("demi").bsn()),
                        BenefitKind.BIJSTAND,
                        LocalDate.of(2026, 1, 1),
                        null))));
    }
}
