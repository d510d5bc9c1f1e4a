package nl.leerbudget.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import nl.leerbudget.audit.AuditEntry;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * An audit record as stored: an entry with its place in the chain. {@code hash} is the SHA-256 of the canonical text of
 * every other field, {@code previousHash} among them, so that changing a record changes its hash and changing a hash
 * breaks the link from the next record. Records read back may have been tampered with, so nothing is checked here
 * beyond presence: {@link ChainWalk} judges them.
 */
public record AuditRecord(
        long seq,
        Instant recordedAt,
        String actor,
        @Nullable String onBehalfOf,
        String action,
        @Nullable String subject,
        String requestId,
        String outcome,
        String previousHash,
        String hash) {

    /** Names the format, so that a later format can be told apart in the same chain. */
    private static final String FORMAT = "leerbudget-audit-record/1";

    public AuditRecord {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The record that follows {@code head} in the chain. */
    public static AuditRecord after(ChainHead head, AuditEntry entry) {
        PersonId onBehalfOf = entry.onBehalfOf();
        var unhashed = new AuditRecord(
                Math.addExact(head.seq(), 1),
                entry.at(),
                entry.actor(),
                onBehalfOf == null ? null : onBehalfOf.toString(),
                entry.action(),
                entry.subject(),
                entry.requestId(),
                entry.outcome(),
                head.hash(),
                "");
        return unhashed.withHash(unhashed.computedHash());
    }

    /** The hash the record should carry, computed from its content. */
    public String computedHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Every field but the hash, one per line as {@code name=length:value} (or {@code name=null}). The length prefix
     * makes the text unambiguous whatever a value contains, and tells null from the text "null".
     */
    public String canonicalText() {
        var text = new StringBuilder(256).append(FORMAT).append('\n');
        field(text, "seq", Long.toString(seq));
        field(text, "recordedAt", recordedAt.toString());
        field(text, "actor", actor);
        field(text, "onBehalfOf", onBehalfOf);
        field(text, "action", action);
        field(text, "subject", subject);
        field(text, "requestId", requestId);
        field(text, "outcome", outcome);
        field(text, "previousHash", previousHash);
        return text.toString();
    }

    private AuditRecord withHash(String hash) {
        return new AuditRecord(
                seq, recordedAt, actor, onBehalfOf, action, subject, requestId, outcome, previousHash, hash);
    }

    private static void field(StringBuilder text, String name, @Nullable String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("null");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }
}
