package nl.leerbudget.schemes.persistence;

import java.util.List;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.GrantCount;
import nl.leerbudget.schemes.GrantPosition;
import nl.leerbudget.schemes.GrantStage;
import nl.leerbudget.schemes.GrantTally;
import nl.leerbudget.schemes.ProviderReceipts;
import nl.leerbudget.schemes.WindowBudget;
import nl.leerbudget.schemes.domain.GrantTallies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGrantTallies implements GrantTallies {

    private final JdbcClient jdbc;

    JdbcGrantTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GrantCount> peopleWithAGrant() {
        // A person has one row of facts, so grouping by their facts counts each person once.
        return jdbc.sql("""
                        select f.education_level, extract(year from f.birth_date) as birth_year,
                               count(distinct f.person_id) as people
                        from scheme_applicant f
                        where exists (select 1 from scheme_application a
                                      where a.person_id = f.person_id and a.status = 'GRANTED')
                        group by f.education_level, extract(year from f.birth_date)
                        """)
                .query((rs, row) -> new GrantCount(
                        EducationLevel.valueOf(rs.getString("education_level")),
                        rs.getInt("birth_year"),
                        rs.getLong("people")))
                .list();
    }

    @Override
    public List<GrantPosition> peopleWithAGrantByPosition() {
        return jdbc.sql("""
                        select f.labour_market, f.sector, extract(year from f.birth_date) as birth_year,
                               count(distinct f.person_id) as people
                        from scheme_applicant f
                        where exists (select 1 from scheme_application a
                                      where a.person_id = f.person_id and a.status = 'GRANTED')
                        group by f.labour_market, f.sector, extract(year from f.birth_date)
                        """)
                .query((rs, row) -> new GrantPosition(
                        rs.getBoolean("labour_market"),
                        rs.getString("sector"),
                        rs.getInt("birth_year"),
                        rs.getLong("people")))
                .list();
    }

    @Override
    public List<GrantTally> grants() {
        return jdbc.sql("""
                        select window_id, offering_id, stage, count(*) as grants,
                               sum(amount) as cents, max(amount) as largest
                        from (select window_id, offering_id, coalesce(amount_cents, 0) as amount,
                                     case when status = 'GRANTED' then 'OPEN'
                                          when status in ('STARTED', 'PAID') then 'STARTED'
                                          else status end as stage
                              from scheme_application
                              where status in ('GRANTED', 'STARTED', 'PAID', 'WITHDRAWN', 'LAPSED')) g
                        group by window_id, offering_id, stage
                        """)
                .query((rs, row) -> new GrantTally(
                        rs.getObject("window_id", java.util.UUID.class),
                        rs.getObject("offering_id", java.util.UUID.class),
                        GrantStage.valueOf(rs.getString("stage")),
                        rs.getLong("grants"),
                        rs.getLong("cents"),
                        rs.getLong("largest")))
                .list();
    }

    @Override
    public List<WindowBudget> windows() {
        return jdbc.sql("""
                        select id, code, name, opens_at, closes_at, budget_cents from scheme_window
                        order by opens_at, code
                        """)
                .query((rs, row) -> new WindowBudget(
                        rs.getObject("id", java.util.UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getObject("opens_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject("closes_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getLong("budget_cents")))
                .list();
    }

    @Override
    public List<ProviderReceipts> receiptsPerProvider() {
        return jdbc.sql("""
                        select provider_id, count(*) as grants, sum(coalesce(amount_cents, 0)) as cents
                        from scheme_application
                        where status in ('STARTED', 'PAID')
                        group by provider_id
                        """)
                .query((rs, row) -> new ProviderReceipts(
                        rs.getObject("provider_id", java.util.UUID.class), rs.getLong("grants"), rs.getLong("cents")))
                .list();
    }

    @Override
    public List<nl.leerbudget.schemes.GrantMonth> grantsPerMonth() {
        // Grouped by day in SQL (the same in H2 and PostgreSQL) and summed per month here.
        java.util.Map<java.util.List<Object>, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        select offering_id, cast(decided_at as date) as decided_on, count(*) as grants
                        from scheme_application
                        where status in ('GRANTED', 'STARTED', 'PAID', 'WITHDRAWN', 'LAPSED')
                        group by offering_id, cast(decided_at as date)
                        """).query(rs -> {
            java.time.YearMonth month = java.time.YearMonth.from(rs.getObject("decided_on", java.time.LocalDate.class));
            counts.merge(
                    java.util.List.of(rs.getObject("offering_id", java.util.UUID.class), month),
                    rs.getLong("grants"),
                    Long::sum);
        });
        return counts.entrySet().stream()
                .map(e -> new nl.leerbudget.schemes.GrantMonth(
                        (java.util.UUID) e.getKey().get(0),
                        (java.time.YearMonth) e.getKey().get(1),
                        e.getValue()))
                .toList();
    }
}
