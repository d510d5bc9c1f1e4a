package nl.leerbudget.register.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.ProviderView;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.register.domain.Providers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProviders implements Providers {

    private final JdbcClient jdbc;

    JdbcProviders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProviderView> find(ProviderId id) {
        // Read before the provider's row, not inside its row mapper: outside a transaction a nested query takes a
        // second pooled connection while the first is held, and concurrent requests then exhaust the pool.
        List<QualityMark> marks = marks(id);
        return jdbc.sql(
                        "select id, kvk, name, iban, status, status_reason, status_changed_at from provider where id = :id")
                .param("id", id.value())
                .query((rs, n) -> map(rs, marks))
                .optional();
    }

    @Override
    public boolean kvkTaken(String kvk) {
        return jdbc.sql("select count(*) from provider where kvk = :kvk")
                        .param("kvk", kvk)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void insert(ProviderView p, Instant now) {
        jdbc.sql("""
                        insert into provider (id, kvk, name, iban, status, status_reason, status_changed_at, created_at)
                        values (:id, :kvk, :name, :iban, :status, :reason, :now, :now)""")
                .param("id", p.id().value())
                .param("kvk", p.kvk())
                .param("name", p.name())
                .param("iban", p.iban())
                .param("status", p.status().name())
                .param("reason", p.statusReason())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        addQualityMarks(p.id(), p.qualityMarks());
    }

    @Override
    public void changeStatus(ProviderId id, ProviderStatus status, String reason, Instant now) {
        jdbc.sql(
                        "update provider set status = :status, status_reason = :reason, status_changed_at = :now where id = :id")
                .param("id", id.value())
                .param("status", status.name())
                .param("reason", reason)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    @Override
    public void addQualityMarks(ProviderId id, List<QualityMark> marks) {
        for (QualityMark mark : marks) {
            jdbc.sql("""
                            insert into provider_quality_mark (provider_id, scheme, code, valid_from, valid_until)
                            values (:id, :scheme, :code, :from, :until)""")
                    .param("id", id.value())
                    .param("scheme", mark.scheme().name())
                    .param("code", mark.code())
                    .param("from", mark.validFrom())
                    .param("until", mark.validUntil())
                    .update();
        }
    }

    private List<QualityMark> marks(ProviderId id) {
        return jdbc.sql(
                        "select scheme, code, valid_from, valid_until from provider_quality_mark where provider_id = :id"
                                + " order by valid_from")
                .param("id", id.value())
                .query((rs, n) -> new QualityMark(
                        QualityMark.Scheme.valueOf(rs.getString("scheme")),
                        rs.getString("code"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class)))
                .list();
    }

    private static ProviderView map(ResultSet rs, List<QualityMark> marks) throws SQLException {
        return new ProviderView(
                new ProviderId(rs.getObject("id", UUID.class)),
                rs.getString("kvk"),
                rs.getString("name"),
                rs.getString("iban"),
                ProviderStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getObject("status_changed_at", OffsetDateTime.class).toInstant(),
                marks);
    }
}
