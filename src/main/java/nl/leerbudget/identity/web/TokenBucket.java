package nl.leerbudget.identity.web;

/** Tokens refill continuously at {@code capacity} per minute, up to {@code capacity}; each request takes one. */
final class TokenBucket {

    private final int capacity;
    private double tokens;
    private long last;

    TokenBucket(int capacity, long nowMillis) {
        this.capacity = capacity;
        this.tokens = capacity;
        this.last = nowMillis;
    }

    synchronized boolean take(long nowMillis) {
        tokens = Math.min(capacity, tokens + Math.max(0, nowMillis - last) * capacity / 60_000.0);
        last = Math.max(last, nowMillis);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
