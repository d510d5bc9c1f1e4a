package nl.leerbudget.support;

import java.util.concurrent.ThreadLocalRandom;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.shared.PersonId;

/** People registered in the person registry with a random BSN that passes the eleven-test. Call as the system. */
public final class TestPeople {

    private TestPeople() {}

    public static PersonId register(PersonRegistry registry) {
        return registry.register(randomBsn(), "Testpersoon").id();
    }

    /** Eight leading digits, counted up from a random start: every BSN this JVM hands out is different. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger(
            ThreadLocalRandom.current().nextInt(10_000_000, 50_000_000));

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
