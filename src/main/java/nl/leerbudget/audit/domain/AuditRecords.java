package nl.leerbudget.audit.domain;

import java.util.List;

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
}
