package nl.leerbudget.funding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.funding.PeriodicDeposit;
import nl.leerbudget.funding.RelationEndRule;
import nl.leerbudget.funding.RelationKind;
import nl.leerbudget.funding.domain.PeriodicStore;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPeriodicStore implements PeriodicStore {

    private static final String COLUMNS = "id, funder_account_id, label, amount_cents, relation_kind, month_of_year,"
            + " day_of_month, first_year, valid_months, cond_offering_types, cond_recognised_only, cond_sectors,"
            + " expiry_rule, cond_levels, cond_occupations, cond_providers, on_relation_end";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcPeriodicStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public PeriodicDeposit insert(UUID requestId, PeriodicDeposit p, String createdBy, Instant now) {
        jdbc.sql("insert into funding_periodic_plan (" + COLUMNS + ", request_id, created_by, created_at)"
                        + " values (:id, :funder, :label, :amount, :kind, :month, :day, :firstYear, :validMonths,"
                        + " :types, :recognised, :sectors, :rule, :levels, :occupations, :providers, :relationEnd,"
                        + " :request,"
                        + " :createdBy, :createdAt)"
                        + " on conflict do nothing")
                .param("id", p.id())
                .param("funder", p.funder().value())
                .param("label", p.label())
                .param("amount", p.amount().cents())
                .param("kind", p.kind().name())
                .param("month", p.day().getMonthValue())
                .param("day", p.day().getDayOfMonth())
                .param("firstYear", p.firstYear())
                .param("validMonths", p.validMonths())
                .param("types", Columns.types(p.conditions()))
                .param("recognised", p.conditions().recognisedOnly())
                .param("sectors", Columns.sectors(p.conditions()))
                .param("levels", Columns.levels(p.conditions()))
                .param("occupations", Columns.occupations(p.conditions()))
                .param("providers", Columns.providers(p.conditions()))
                .param("relationEnd", p.onRelationEnd().name())
                .param("rule", p.expiryRule().name())
                .param("request", requestId)
                .param("createdBy", createdBy)
                .param("createdAt", Timestamp.from(now))
                .update();
        return byRequest(requestId).orElseThrow();
    }

    @Override
    public Optional<PeriodicDeposit> byRequest(UUID requestId) {
        return jdbc.sql("select " + COLUMNS + " from funding_periodic_plan where request_id = :request")
                .param("request", requestId)
                .query(JdbcPeriodicStore::map)
                .optional();
    }

    @Override
    public List<PeriodicDeposit> ofFunder(AccountId funder) {
        return jdbc.sql("select " + COLUMNS + " from funding_periodic_plan where funder_account_id = :funder"
                        + " order by created_at, id")
                .param("funder", funder.value())
                .query(JdbcPeriodicStore::map)
                .list();
    }

    @Override
    public List<PeriodicDeposit> all() {
        return jdbc.sql("select " + COLUMNS + " from funding_periodic_plan order by created_at, id")
                .query(JdbcPeriodicStore::map)
                .list();
    }

    @Override
    public Set<LocalDate> finished(UUID plan) {
        return new HashSet<>(jdbc.sql("select period_date from funding_periodic_run where plan_id = :plan")
                .param("plan", plan)
                .query((rs, n) -> Objects.requireNonNull(Columns.date(rs, "period_date")))
                .list());
    }

    @Override
    public List<PersonId> nextToCredit(PeriodicDeposit plan, LocalDate period, int limit) {
        return jdbc.sql("""
                        select r.person_id from funding_relation r
                        where r.funder_account_id = :funder and r.kind = :kind
                          and r.start_date <= :day and (r.end_date is null or r.end_date >= :day)
                          and not exists (select 1 from funding_periodic_credit c
                                          where c.plan_id = :plan and c.period_date = :day
                                            and c.person_id = r.person_id)
                        group by r.person_id
                        order by r.person_id
                        limit :limit""")
                .param("funder", plan.funder().value())
                .param("kind", plan.kind().name())
                .param("day", period)
                .param("plan", plan.id())
                .param("limit", limit)
                .query((rs, n) -> new PersonId(rs.getObject("person_id", UUID.class)))
                .list();
    }

    @Override
    public void markCredited(UUID plan, LocalDate period, List<PersonId> people, CommandId command) {
        template.batchUpdate(
                "insert into funding_periodic_credit (plan_id, period_date, person_id, command_id)"
                        + " values (?, ?, ?, ?)",
                people,
                1000,
                (ps, person) -> {
                    ps.setObject(1, plan);
                    ps.setObject(2, period);
                    ps.setObject(3, person.value());
                    ps.setObject(4, command.value());
                });
    }

    @Override
    public void finish(PeriodicDeposit plan, LocalDate period, Instant now) {
        long people = credited(plan.id(), period);
        jdbc.sql("insert into funding_periodic_run (plan_id, period_date, people, total_cents, finished_at)"
                        + " values (:plan, :day, :people, :total, :at) on conflict do nothing")
                .param("plan", plan.id())
                .param("day", period)
                .param("people", people)
                .param("total", Math.multiplyExact(people, plan.amount().cents()))
                .param("at", Timestamp.from(now))
                .update();
    }

    @Override
    public long credited(UUID plan, LocalDate period) {
        return jdbc.sql("select count(*) from funding_periodic_credit where plan_id = :plan and period_date = :day")
                .param("plan", plan)
                .param("day", period)
                .query(Long.class)
                .single();
    }

    private static PeriodicDeposit map(ResultSet rs, int row) throws SQLException {
        int validMonths = rs.getInt("valid_months");
        boolean noEnd = rs.wasNull();
        return new PeriodicDeposit(
                rs.getObject("id", UUID.class),
                new AccountId(rs.getObject("funder_account_id", UUID.class)),
                rs.getString("label"),
                Money.cents(rs.getLong("amount_cents")),
                RelationKind.valueOf(rs.getString("relation_kind")),
                MonthDay.of(rs.getInt("month_of_year"), rs.getInt("day_of_month")),
                rs.getInt("first_year"),
                noEnd ? null : validMonths,
                Columns.conditions(rs),
                ExpiryRule.valueOf(rs.getString("expiry_rule")),
                RelationEndRule.valueOf(rs.getString("on_relation_end")));
    }
}
