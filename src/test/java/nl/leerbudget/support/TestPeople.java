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

    public static String randomBsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            // Eleven-test: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11.
            int last = Math.floorMod(sum, 11);
            if (last <= 9 && digits[0] != 0) {
                digits[8] = last;
                StringBuilder bsn = new StringBuilder(9);
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }
}
