package nl.leerbudget.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.identity.domain.Mandate;
import nl.leerbudget.identity.domain.Mandates;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMandates implements Mandates {

    private static final String COLUMNS =
            "id, citizen_person_id, adviser_user_id, valid_from, valid_until, allows_booking, revoked_at, created_at";

    private final JdbcClient jdbc;

    JdbcMandates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Mandate m) {
        jdbc.sql("insert into mandate (" + COLUMNS + ") values (:id, :citizen, :adviser, :from, :until,"
                        + " :allowsBooking, :revoked, :created) on conflict do nothing")
                .param("id", m.id())
                .param("citizen", m.citizen().value())
                .param("adviser", m.adviser())
                .param("from", timestamp(m.validFrom()))
                .param("until", timestamp(m.validUntil()))
                .param("allowsBooking", m.allowsBooking())
                .param("revoked", timestamp(m.revokedAt()))
                .param("created", timestamp(m.createdAt()))
                .update();
    }

    @Override
    public Optional<Mandate> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mandate where id = :id")
                .param("id", id)
                .query(JdbcMandates::map)
                .optional();
    }

    @Override
    public List<Mandate> ofCitizen(PersonId citizen) {
        return jdbc.sql("select " + COLUMNS + " from mandate where citizen_person_id = :c order by created_at")
                .param("c", citizen.value())
                .query(JdbcMandates::map)
                .list();
    }

    @Override
    public List<Mandate> ofAdviser(UUID adviser) {
        return jdbc.sql("select " + COLUMNS + " from mandate where adviser_user_id = :a order by created_at")
                .param("a", adviser)
                .query(JdbcMandates::map)
                .list();
    }

    @Override
    public List<Mandate> between(UUID adviser, PersonId citizen) {
        return jdbc.sql("select " + COLUMNS
                        + " from mandate where adviser_user_id = :a and citizen_person_id = :c order by created_at")
                .param("a", adviser)
                .param("c", citizen.value())
                .query(JdbcMandates::map)
                .list();
    }

    @Override
    public void revoke(UUID id, Instant when) {
        jdbc.sql("update mandate set revoked_at = :when where id = :id and revoked_at is null")
                .param("id", id)
                .param("when", timestamp(when))
                .update();
    }

    @Override
    public boolean active(UUID adviser, PersonId citizen, Instant moment) {
        return jdbc.sql("""
                        select count(*) from mandate where adviser_user_id = :a and citizen_person_id = :c
                          and revoked_at is null and valid_from <= :m and valid_until > :m""")
                        .param("a", adviser)
                        .param("c", citizen.value())
                        .param("m", timestamp(moment))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Mandate map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new Mandate(
                rs.getObject("id", UUID.class),
                new PersonId(rs.getObject("citizen_person_id", UUID.class)),
                rs.getObject("adviser_user_id", UUID.class),
                rs.getObject("valid_from", OffsetDateTime.class).toInstant(),
                rs.getObject("valid_until", OffsetDateTime.class).toInstant(),
                rs.getBoolean("allows_booking"),
                revoked == null ? null : revoked.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
