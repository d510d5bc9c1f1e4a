package nl.leerbudget.funding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.funding.Relation;
import nl.leerbudget.funding.RelationKind;
import nl.leerbudget.funding.domain.RelationStore;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRelations implements RelationStore {

    private static final String COLUMNS = "id, funder_account_id, person_id, kind, start_date, end_date";

    private final JdbcClient jdbc;

    JdbcRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int upsert(List<Relation> relations, Instant now) {
        int added = 0;
        Timestamp at = Timestamp.from(now);
        for (Relation r : relations) {
            int updated = jdbc.sql("update funding_relation set end_date = :end, updated_at = :at"
                            + " where funder_account_id = :funder and person_id = :person and kind = :kind"
                            + " and start_date = :start")
                    .param("end", r.end())
                    .param("at", at)
                    .param("funder", r.funder().value())
                    .param("person", r.person().value())
                    .param("kind", r.kind().name())
                    .param("start", r.start())
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into funding_relation (" + COLUMNS + ", updated_at)"
                                + " values (:id, :funder, :person, :kind, :start, :end, :at)")
                        .param("id", r.id())
                        .param("funder", r.funder().value())
                        .param("person", r.person().value())
                        .param("kind", r.kind().name())
                        .param("start", r.start())
                        .param("end", r.end())
                        .param("at", at)
                        .update();
                added++;
            }
        }
        return added;
    }

    @Override
    public List<Relation> ofFunder(AccountId funder, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from funding_relation where funder_account_id = :funder"
                        + " order by start_date desc, person_id, kind limit :limit offset :offset")
                .param("funder", funder.value())
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcRelations::map)
                .list();
    }

    @Override
    public long countOfFunder(AccountId funder) {
        return jdbc.sql("select count(*) from funding_relation where funder_account_id = :funder")
                .param("funder", funder.value())
                .query(Long.class)
                .single();
    }

    @Override
    public List<Relation> ofPerson(PersonId person) {
        return jdbc.sql("select " + COLUMNS + " from funding_relation where person_id = :person"
                        + " order by start_date desc, funder_account_id")
                .param("person", person.value())
                .query(JdbcRelations::map)
                .list();
    }

    @Override
    public boolean funds(AccountId funder, PersonId person, LocalDate day) {
        return jdbc.sql(
                                "select count(*) from funding_relation where funder_account_id = :funder"
                                        + " and person_id = :person and start_date <= :day and (end_date is null or end_date >= :day)")
                        .param("funder", funder.value())
                        .param("person", person.value())
                        .param("day", day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Relation map(ResultSet rs, int row) throws SQLException {
        return new Relation(
                rs.getObject("id", UUID.class),
                new AccountId(rs.getObject("funder_account_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                RelationKind.valueOf(rs.getString("kind")),
                Objects.requireNonNull(Columns.date(rs, "start_date")),
                Columns.date(rs, "end_date"));
    }
}
