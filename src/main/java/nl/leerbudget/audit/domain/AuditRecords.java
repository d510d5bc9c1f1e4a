package nl.leerbudget.audit.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The stored chain: its records and its head. */
public interface AuditRecords {

    /** Reads the head and locks it until the transaction ends, so that appends happen one after another. */
    ChainHead lockHead();

    /** Reads the head without locking. */
    ChainHead head();

    /** Inserts the record and makes it the head; call with the head locked. */
    void append(AuditRecord record);

    /** Up to {@code limit} records with {@code afterSeq < seq <= upToSeq}, in seq order. */
    List<AuditRecord> page(long afterSeq, long upToSeq, int limit);

    /**
     * The records whose actor, action and subject contain the given parts (ignoring case; null matches all) and that
     * were recorded in {@code [from, before)}, newest first: {@code limit} of them after skipping {@code offset}.
     */
    List<AuditRecord> search(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subject,
            @Nullable Instant from,
            @Nullable Instant before,
            int offset,
            int limit);

    /** How many records {@link #search} finds in all. */
    long count(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subject,
            @Nullable Instant from,
            @Nullable Instant before);
}
