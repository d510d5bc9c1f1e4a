package nl.leerbudget.schemes.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.schemes.PayoutHold;
import nl.leerbudget.schemes.domain.HeldProviders;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHeldProviders implements HeldProviders {

    private static final String CHANGE_COLUMNS =
            "request_id, provider_id, kind, reason, rule_id, decided_by, decided_at";

    private final JdbcClient jdbc;

    JdbcHeldProviders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> held() {
        return new HashSet<>(jdbc.sql("select provider_id from payout_hold")
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list());
    }

    @Override
    public List<PayoutHold> holds() {
        return jdbc.sql("select provider_id, reason, held_by, held_at from payout_hold order by held_at desc")
                .query((rs, n) -> hold(rs))
                .list();
    }

    @Override
    public Optional<PayoutHold> hold(UUID provider) {
        return jdbc.sql("select provider_id, reason, held_by, held_at from payout_hold where provider_id = :p")
                .param("p", provider)
                .query((rs, n) -> hold(rs))
                .optional();
    }

    @Override
    public Optional<PayoutHold.Change> change(UUID requestId) {
        return jdbc.sql("select " + CHANGE_COLUMNS + " from payout_hold_change where request_id = :r")
                .param("r", requestId)
                .query((rs, n) -> change(rs))
                .optional();
    }

    @Override
    public void record(
            UUID requestId,
            UUID provider,
            PayoutHold.Kind kind,
            String reason,
            @Nullable String ruleId,
            String by,
            Instant at) {
        long sequence = jdbc.sql("select coalesce(max(sequence), 0) + 1 from payout_hold_change where provider_id = :p")
                .param("p", provider)
                .query(Long.class)
                .single();
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        // The unique (provider_id, sequence) turns two changes of one provider at once into one failure.
        jdbc.sql("""
                        insert into payout_hold_change
                            (request_id, provider_id, sequence, kind, reason, rule_id, decided_by, decided_at)
                        values (:r, :p, :s, :k, :reason, :rule, :by, :at)""")
                .param("r", requestId)
                .param("p", provider)
                .param("s", sequence)
                .param("k", kind.name())
                .param("reason", reason)
                .param("rule", ruleId)
                .param("by", by)
                .param("at", when)
                .update();
        if (kind == PayoutHold.Kind.HOLD) {
            jdbc.sql("""
                            insert into payout_hold (provider_id, request_id, reason, held_by, held_at)
                            values (:p, :r, :reason, :by, :at)""")
                    .param("p", provider)
                    .param("r", requestId)
                    .param("reason", reason)
                    .param("by", by)
                    .param("at", when)
                    .update();
        } else {
            jdbc.sql("delete from payout_hold where provider_id = :p")
                    .param("p", provider)
                    .update();
        }
    }

    @Override
    public List<PayoutHold.Change> changes(UUID provider) {
        return jdbc.sql("select " + CHANGE_COLUMNS
                        + " from payout_hold_change where provider_id = :p order by sequence desc")
                .param("p", provider)
                .query((rs, n) -> change(rs))
                .list();
    }

    private static PayoutHold hold(ResultSet rs) throws SQLException {
        return new PayoutHold(
                rs.getObject("provider_id", UUID.class),
                rs.getString("reason"),
                rs.getString("held_by"),
                rs.getObject("held_at", OffsetDateTime.class).toInstant());
    }

    private static PayoutHold.Change change(ResultSet rs) throws SQLException {
        return new PayoutHold.Change(
                rs.getObject("request_id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                PayoutHold.Kind.valueOf(rs.getString("kind")),
                rs.getString("reason"),
                rs.getString("rule_id"),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant());
    }
}
