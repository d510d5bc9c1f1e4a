package nl.leerbudget.audit.domain;

import java.util.Objects;

/** The end of the chain: the seq and hash of the last record, or 0 and 64 zeros before the first. */
public record ChainHead(long seq, String hash) {

    public static final String GENESIS_HASH = "0".repeat(64);
    public static final ChainHead GENESIS = new ChainHead(0, GENESIS_HASH);

    public ChainHead {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative");
        }
        Objects.requireNonNull(hash, "hash");
    }
}
