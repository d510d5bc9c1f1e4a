package nl.leerbudget.rights.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.platform.jdbc.BulkInsert;
import nl.leerbudget.platform.jdbc.InLists;
import nl.leerbudget.rights.domain.CreditedRight;
import nl.leerbudget.rights.domain.LearningRights;
import nl.leerbudget.rights.domain.RecordedAdjustment;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLearningRights implements LearningRights {

    private static final List<String> COLUMNS = List.of(
            "person_id",
            "policy_id",
            "policy_version",
            "history_version",
            "amount_cents",
            "valid_from",
            "valid_until",
            "compartment_id",
            "credited_at");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    JdbcLearningRights(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public Optional<CreditedRight> find(PersonId person, String policyId) {
        return jdbc.sql("select " + String.join(", ", COLUMNS)
                        + " from learning_right where person_id = :person and policy_id = :policy")
                .param("person", person.value())
                .param("policy", policyId)
                .query(JdbcLearningRights::right)
                .optional();
    }

    @Override
    public Set<PersonId> credited(Collection<PersonId> people, String policyId) {
        return new HashSet<>(InLists.chunked(
                people.stream().map(PersonId::value).toList(),
                ids -> jdbc.sql(
                                "select person_id from learning_right where policy_id = :policy and person_id in (:ids)")
                        .param("policy", policyId)
                        .param("ids", ids)
                        .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                        .list()));
    }

    @Override
    public void insert(List<CreditedRight> rights) {
        List<Object[]> rows = new ArrayList<>(rights.size());
        for (CreditedRight right : rights) {
            rows.add(new Object[] {
                right.person().value(),
                right.policyId(),
                right.policyVersion(),
                right.historyVersion(),
                right.amount().cents(),
                right.validFrom(),
                right.validUntil(),
                right.compartment(),
                right.creditedAt()
            });
        }
        bulk.into("learning_right", COLUMNS, rows);
    }

    @Override
    public void insertAdjustment(RecordedAdjustment adjustment) {
        jdbc.sql("""
                insert into learning_right_adjustment (person_id, policy_id, history_version, previous_cents,
                  recomputed_cents, moved_cents, not_reclaimed_cents, transfer_id, explanation, adjusted_at)
                values (:person, :policy, :version, :previous, :recomputed, :moved, :notReclaimed, :transfer,
                  :explanation, :at)""")
                .param("person", adjustment.person().value())
                .param("policy", adjustment.policyId())
                .param("version", adjustment.historyVersion())
                .param("previous", adjustment.previous().cents())
                .param("recomputed", adjustment.recomputed().cents())
                .param("moved", adjustment.moved().cents())
                .param("notReclaimed", adjustment.notReclaimed().cents())
                .param("transfer", adjustment.transfer())
                .param("explanation", adjustment.explanation())
                .param("at", OffsetDateTime.ofInstant(adjustment.adjustedAt(), java.time.ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<RecordedAdjustment> adjustments(PersonId person, String policyId) {
        return jdbc.sql("""
                select history_version, previous_cents, recomputed_cents, moved_cents, not_reclaimed_cents,
                  transfer_id, explanation, adjusted_at
                from learning_right_adjustment where person_id = :person and policy_id = :policy
                order by history_version""")
                .param("person", person.value())
                .param("policy", policyId)
                .query((rs, n) -> new RecordedAdjustment(
                        person,
                        policyId,
                        rs.getInt("history_version"),
                        Money.cents(rs.getLong("previous_cents")),
                        Money.cents(rs.getLong("recomputed_cents")),
                        Money.cents(rs.getLong("moved_cents")),
                        Money.cents(rs.getLong("not_reclaimed_cents")),
                        rs.getObject("transfer_id", UUID.class),
                        rs.getString("explanation"),
                        rs.getObject("adjusted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static CreditedRight right(ResultSet rs, int n) throws SQLException {
        return new CreditedRight(
                new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("policy_id"),
                rs.getInt("policy_version"),
                rs.getInt("history_version"),
                Money.cents(rs.getLong("amount_cents")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getObject("compartment_id", UUID.class),
                rs.getObject("credited_at", OffsetDateTime.class).toInstant());
    }
}
