package nl.leerbudget.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.leerbudget.audit.domain.AuditRecord;
import nl.leerbudget.audit.domain.AuditRecords;
import nl.leerbudget.audit.domain.ChainHead;
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
