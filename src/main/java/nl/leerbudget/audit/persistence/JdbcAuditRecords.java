package nl.leerbudget.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerbudget.audit.domain.AuditRecord;
import nl.leerbudget.audit.domain.AuditRecords;
import nl.leerbudget.audit.domain.ChainHead;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditRecords implements AuditRecords {

    private final JdbcClient jdbc;

    JdbcAuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChainHead lockHead() {
        return jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
                .query(JdbcAuditRecords::chainHead)
                .single();
    }

    @Override
    public ChainHead head() {
        return jdbc.sql("select seq, hash from audit_chain_head where id = 1")
                .query(JdbcAuditRecords::chainHead)
                .single();
    }

    @Override
    public void append(AuditRecord r) {
        jdbc.sql("""
                        insert into audit_record (seq, recorded_at, actor, on_behalf_of, action, subject, request_id,
                          outcome, previous_hash, hash)
                        values (:seq, :recordedAt, :actor, :onBehalfOf, :action, :subject, :requestId, :outcome,
                          :previousHash, :hash)""")
                .param("seq", r.seq())
                .param(
                        "recordedAt",
                        OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("actor", r.actor())
                .param("onBehalfOf", r.onBehalfOf(), Types.VARCHAR)
                .param("action", r.action())
                .param("subject", r.subject(), Types.VARCHAR)
                .param("requestId", r.requestId())
                .param("outcome", r.outcome())
                .param("previousHash", r.previousHash())
                .param("hash", r.hash())
                .update();
        int moved = jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash where id = 1 and seq = :previous")
                .param("seq", r.seq())
                .param("hash", r.hash())
                .param("previous", r.seq() - 1)
                .update();
        if (moved != 1) {
            throw new IllegalStateException("the audit chain head moved while it was locked");
        }
    }

    @Override
    public List<AuditRecord> page(long afterSeq, long upToSeq, int limit) {
        return jdbc.sql("""
                        select seq, recorded_at, actor, on_behalf_of, action, subject, request_id, outcome,
                          previous_hash, hash
                        from audit_record where seq > :after and seq <= :upTo order by seq limit :limit""")
                .param("after", afterSeq)
                .param("upTo", upToSeq)
                .param("limit", limit)
                .query(JdbcAuditRecords::record)
                .list();
    }

    @Override
    public List<AuditRecord> search(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subject,
            @Nullable Instant from,
            @Nullable Instant before,
            int offset,
            int limit) {
        return filtered(
                        "select seq, recorded_at, actor, on_behalf_of, action, subject, request_id, outcome,"
                                + " previous_hash, hash from audit_record",
                        " order by seq desc limit :limit offset :offset",
                        actor,
                        action,
                        subject,
                        from,
                        before)
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcAuditRecords::record)
                .list();
    }

    @Override
    public long count(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subject,
            @Nullable Instant from,
            @Nullable Instant before) {
        return filtered("select count(*) from audit_record", "", actor, action, subject, from, before)
                .query(Long.class)
                .single();
    }

    /** The statement with only the filters that are given, each as a parameter. */
    private JdbcClient.StatementSpec filtered(
            String select,
            String tail,
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subject,
            @Nullable Instant from,
            @Nullable Instant before) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (actor != null) {
            where.add("lower(actor) like :actor");
            params.put("actor", like(actor));
        }
        if (action != null) {
            where.add("lower(action) like :action");
            params.put("action", like(action));
        }
        if (subject != null) {
            where.add("lower(subject) like :subject");
            params.put("subject", like(subject));
        }
        if (from != null) {
            where.add("recorded_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (before != null) {
            where.add("recorded_at < :before");
            params.put("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
        }
        String sql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + tail;
        return jdbc.sql(sql).params(params);
    }

    /** A contains-pattern; the wildcards of LIKE in the text itself are taken literally. */
    private static String like(String part) {
        String escaped = part.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static ChainHead chainHead(ResultSet rs, int row) throws SQLException {
        return new ChainHead(rs.getLong("seq"), rs.getString("hash"));
    }

    private static AuditRecord record(ResultSet rs, int row) throws SQLException {
        OffsetDateTime recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
        return new AuditRecord(
                rs.getLong("seq"),
                recordedAt.toInstant(),
                rs.getString("actor"),
                rs.getString("on_behalf_of"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("request_id"),
                rs.getString("outcome"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
