package nl.leerbudget.support;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.domain.Pseudonyms;
import nl.leerbudget.identity.domain.User;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** People registered in the person registry with a random BSN that passes the eleven-test. Call as the system. */
public final class TestPeople {

    private TestPeople() {}

    public static PersonId register(PersonRegistry registry) {
        return registry.register(randomBsn(), "Testpersoon").id();
    }

    /**
     * A user of a test's own with a login at the development identity provider, so that {@link Tokens#of} gives them
     * an access token: for a citizen, a newly registered person.
     *
     * @param username the login name, which no other test uses
     */
    public record Login(
            UUID userId,
            String username,
            String name,
            @Nullable PersonId person) {}

    /** A citizen of the test's own: a new person with this name, and their login. */
    public static Login citizen(PersonRegistry registry, Users users, IdentityProperties properties, String name) {
        PersonId person = registry.register(randomBsn(), name).id();
        return login(users, properties, name, person, Role.CITIZEN);
    }

    /** A citizen of the test's own with this BSN (for facts that name people by BSN), and their login. */
    public static Login citizen(
            PersonRegistry registry, Users users, IdentityProperties properties, String name, String bsn) {
        PersonId person = registry.register(bsn, name).id();
        return login(users, properties, name, person, Role.CITIZEN);
    }

    /** An adviser of the test's own (not a person in the registry), and their login. */
    public static Login adviser(Users users, IdentityProperties properties, String name) {
        return login(users, properties, name, null, Role.ADVISER);
    }

    private static Login login(
            Users users, IdentityProperties properties, String name, @Nullable PersonId person, Role role) {
        UUID id = UUID.randomUUID();
        String username = "test-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
        users.save(
                new User(id, name, person, null, Set.of(role)),
                properties.devIssuer(),
                new Pseudonyms(properties.pseudonymKeyBytes()).pairwise(properties.sector(), username),
                Instant.now());
        return new Login(id, username, name, person);
    }

    /** Eight leading digits, counted up from a random start: every BSN this JVM hands out is different. */
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000, 50_000_000));

    /** A BSN that passes the eleven-test and that no other call in this JVM returned. */
    public static String randomBsn() {
        while (true) {
            String first = Integer.toString(NEXT.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first.charAt(i) - '0');
            }
            // Eleven-test: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11.
            int last = Math.floorMod(sum, 11);
            if (last <= 9) {
                return first + last;
            }
        }
    }
}
