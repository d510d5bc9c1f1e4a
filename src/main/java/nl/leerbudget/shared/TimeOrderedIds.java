package nl.leerbudget.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUIDs that start with the time they were made (version 7, RFC 9562): rows inserted together sit together in an
 * index instead of anywhere in it, which keeps bulk inserts into large tables fast.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {}

    public static UUID next() {
        long millis = System.currentTimeMillis();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
