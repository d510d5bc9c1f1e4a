package nl.leerbudget.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.identity.domain.People;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPeople implements People {

    private final JdbcClient jdbc;

    JdbcPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return jdbc.sql("select id, display_name, created_at from person where id = :id")
                .param("id", id.value())
                .query(JdbcPeople::map)
                .optional();
    }

    @Override
    public java.util.Set<PersonId> existing(java.util.Collection<PersonId> ids) {
        return new java.util.HashSet<>(nl.leerbudget.platform.jdbc.InLists.chunked(
                List.copyOf(ids),
                chunk -> jdbc.sql("select id from person where id in (:ids)")
                        .param("ids", chunk.stream().map(PersonId::value).toList())
                        .query((rs, n) -> new PersonId(rs.getObject("id", java.util.UUID.class)))
                        .list()));
    }

    @Override
    public java.util.Map<String, PersonId> idsByLookup(java.util.Collection<String> bsnLookups) {
        java.util.Map<String, PersonId> found = new java.util.HashMap<>();
        nl.leerbudget.platform.jdbc.InLists.chunked(
                        List.copyOf(bsnLookups),
                        chunk -> jdbc.sql("select bsn_lookup, id from person where bsn_lookup in (:lookups)")
                                .param("lookups", chunk)
                                .query((rs, n) -> java.util.Map.entry(
                                        rs.getString("bsn_lookup"), new PersonId(rs.getObject("id", UUID.class))))
                                .list())
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    @Override
    public Optional<Person> findByLookup(String bsnLookup) {
        return jdbc.sql("select id, display_name, created_at from person where bsn_lookup = :l")
                .param("l", bsnLookup)
                .query(JdbcPeople::map)
                .optional();
    }

    @Override
    public Person register(PersonId id, String bsnLookup, String bsnEncrypted, String displayName, Instant now) {
        jdbc.sql("""
                        insert into person (id, bsn_lookup, bsn_encrypted, display_name, created_at)
                        values (:id, :lookup, :encrypted, :name, :now) on conflict do nothing""")
                .param("id", id.value())
                .param("lookup", bsnLookup)
                .param("encrypted", bsnEncrypted)
                .param("name", displayName)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return findByLookup(bsnLookup).orElseThrow();
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(
                new PersonId(rs.getObject("id", UUID.class)),
                rs.getString("display_name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
