package nl.leerbudget.overview.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.overview.CoFinancingRequest;
import nl.leerbudget.overview.domain.CoFinancingStore;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCoFinancingStore implements CoFinancingStore {

    private static final String COLUMNS = "id, request_id, person_id, funder_account_id, funder_name, offering_id,"
            + " offering_name, start_date, amount_cents, message, state, decided_by, decided_at, decision_reason,"
            + " compartment_id, created_by, created_at";

    private final JdbcClient jdbc;

    JdbcCoFinancingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(CoFinancingRequest r) {
        jdbc.sql("insert into cofinancing_request (" + COLUMNS + ") values (:id, :request, :person, :funder,"
                        + " :funderName, :offering, :offeringName, :start, :amount, :message, :state, null, null,"
                        + " null, null, :createdBy, :createdAt)")
                .param("id", r.id())
                .param("request", r.requestId())
                .param("person", r.person().value())
                .param("funder", r.funder().value())
                .param("funderName", r.funderName())
                .param("offering", r.offeringId())
                .param("offeringName", r.offeringName())
                .param("start", r.startDate())
                .param("amount", r.amount().cents())
                .param("message", r.message())
                .param("state", r.state().name())
                .param("createdBy", r.createdBy())
                .param("createdAt", Timestamp.from(r.createdAt()))
                .update();
    }

    @Override
    public Optional<CoFinancingRequest> find(UUID id) {
        return where("id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public Optional<CoFinancingRequest> lock(UUID id) {
        List<UUID> locked = jdbc.sql("select id from cofinancing_request where id = :id for update")
                .param("id", id)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    @Override
    public Optional<CoFinancingRequest> byRequest(UUID requestId) {
        return where("request_id = :request", Map.of("request", requestId)).stream()
                .findFirst();
    }

    @Override
    public List<CoFinancingRequest> ofPerson(PersonId person, int limit) {
        return where(
                "person_id = :person order by created_at desc, id fetch first " + limit + " rows only",
                Map.of("person", person.value()));
    }

    @Override
    public List<CoFinancingRequest> ofFunder(AccountId funder, int limit) {
        return where(
                "funder_account_id = :funder order by case when state = 'REQUESTED' then 0 else 1 end,"
                        + " created_at desc, id fetch first " + limit + " rows only",
                Map.of("funder", funder.value()));
    }

    @Override
    public void decide(CoFinancingRequest r) {
        int updated = jdbc.sql("update cofinancing_request set state = :state, decided_by = :by, decided_at = :at,"
                        + " decision_reason = :reason, compartment_id = :compartment, amount_cents = :amount"
                        + " where id = :id and state = 'REQUESTED'")
                .param("id", r.id())
                .param("state", r.state().name())
                .param("by", r.decidedBy())
                .param("at", r.decidedAt() == null ? null : Timestamp.from(r.decidedAt()))
                .param("reason", r.decisionReason())
                .param(
                        "compartment",
                        r.compartment() == null ? null : r.compartment().value())
                .param("amount", r.amount().cents())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("co-financing request " + r.id() + " was decided already");
        }
    }

    private List<CoFinancingRequest> where(String condition, Map<String, Object> parameters) {
        return jdbc.sql("select " + COLUMNS + " from cofinancing_request where " + condition)
                .params(parameters)
                .query(JdbcCoFinancingStore::row)
                .list();
    }

    private static CoFinancingRequest row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime decidedAt = rs.getObject(13, OffsetDateTime.class);
        UUID compartment = rs.getObject(15, UUID.class);
        return new CoFinancingRequest(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                new PersonId(rs.getObject(3, UUID.class)),
                new AccountId(rs.getObject(4, UUID.class)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, LocalDate.class),
                Money.cents(rs.getLong(9)),
                rs.getString(10),
                CoFinancingRequest.State.valueOf(rs.getString(11)),
                rs.getString(12),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString(14),
                compartment == null ? null : new AccountId(compartment),
                rs.getString(16),
                rs.getObject(17, OffsetDateTime.class).toInstant(),
                false);
    }
}
