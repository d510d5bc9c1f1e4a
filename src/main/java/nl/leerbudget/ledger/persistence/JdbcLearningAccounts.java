package nl.leerbudget.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.domain.LearningAccounts;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLearningAccounts implements LearningAccounts {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcLearningAccounts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public Optional<Entry> find(LearningAccountId id) {
        return jdbc.sql("select id, person_id, opened_at from learning_account where id = :id")
                .param("id", id.value())
                .query(JdbcLearningAccounts::map)
                .optional();
    }

    @Override
    public Optional<Entry> ofPerson(PersonId person) {
        return jdbc.sql("select id, person_id, opened_at from learning_account where person_id = :p")
                .param("p", person.value())
                .query(JdbcLearningAccounts::map)
                .optional();
    }

    @Override
    public List<Entry> openAll(List<PersonId> people, Instant now) {
        List<UUID> ids = people.stream().map(PersonId::value).distinct().toList();
        // The id of a person's learning account is derived from the person id, so that two concurrent openings
        // insert the same row and the unique constraint lets exactly one of them through.
        template.batchUpdate(
                "insert into learning_account (id, person_id, opened_at) values (?, ?, ?) on conflict do nothing",
                ids,
                1000,
                (ps, person) -> {
                    ps.setObject(1, LearningAccountId.of(new PersonId(person)).value());
                    ps.setObject(2, person);
                    ps.setObject(3, Sql.timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE);
                });
        return Sql.chunked(
                ids,
                chunk -> jdbc.sql("select id, person_id, opened_at from learning_account where person_id in (:ids)")
                        .param("ids", chunk)
                        .query(JdbcLearningAccounts::map)
                        .list());
    }

    @Override
    public List<Entry> page(int offset, int limit) {
        return jdbc.sql("select id, person_id, opened_at from learning_account order by opened_at, id"
                        + " limit :limit offset :offset")
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcLearningAccounts::map)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from learning_account")
                .query(Long.class)
                .single();
    }

    @Override
    public List<PersonId> owners(@org.jspecify.annotations.Nullable PersonId after, int limit) {
        var query = after == null
                ? jdbc.sql("select person_id from learning_account order by person_id limit :limit")
                : jdbc.sql("select person_id from learning_account where person_id > :after order by person_id"
                                + " limit :limit")
                        .param("after", after.value());
        return query.param("limit", limit)
                .query((rs, n) -> new PersonId(Sql.requiredUuid(rs, "person_id")))
                .list();
    }

    private static Entry map(ResultSet rs, int row) throws SQLException {
        return new Entry(
                new LearningAccountId(Sql.requiredUuid(rs, "id")),
                new PersonId(Sql.requiredUuid(rs, "person_id")),
                Sql.requiredInstant(rs, "opened_at"));
    }
}
