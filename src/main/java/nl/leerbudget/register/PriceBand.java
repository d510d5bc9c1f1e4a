package nl.leerbudget.register;

import org.jspecify.annotations.Nullable;

/** The price ranges the catalogue counts offerings in, by price including VAT; each includes its lower bound. */
public enum PriceBand {
    UNDER_250(0, 25_000L),
    FROM_250_TO_1000(25_000, 100_000L),
    FROM_1000_TO_2500(100_000, 250_000L),
    FROM_2500(250_000, null);

    private final long fromCents;
    private final @Nullable Long untilCents;

    PriceBand(long fromCents, @Nullable Long untilCents) {
        this.fromCents = fromCents;
        this.untilCents = untilCents;
    }

    public static PriceBand of(long priceCents) {
        for (PriceBand band : values()) {
            if (priceCents >= band.fromCents && (band.untilCents == null || priceCents < band.untilCents)) {
                return band;
            }
        }
        throw new IllegalArgumentException("a price is never negative: " + priceCents);
    }

    /** The lowest price in the band, in cents. */
    public long minCents() {
        return fromCents;
    }

    /** The highest price in the band, in cents; null for the top band. */
    public @Nullable Long maxCents() {
        return untilCents == null ? null : untilCents - 1;
    }
}
