package nl.leerbudget.funding.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.funding.Relation;
import nl.leerbudget.funding.RelationEndRule;
import nl.leerbudget.funding.RelationKind;
import nl.leerbudget.funding.domain.RelationEndStore;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.platform.jdbc.BulkInsert;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRelationEnds implements RelationEndStore {

    private static final List<String> RULE_COLUMNS =
            List.of("compartment_id", "funder_account_id", "person_id", "on_relation_end");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    JdbcRelationEnds(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public void recordRules(Collection<CompartmentRule> rules) {
        List<Object[]> rows = new ArrayList<>(rules.size());
        for (CompartmentRule rule : rules) {
            if (rule.rule() != RelationEndRule.PERSON_KEEPS) {
                rows.add(new Object[] {
                    rule.compartment().value(),
                    rule.funder().value(),
                    rule.person().value(),
                    rule.rule().name()
                });
            }
        }
        if (!rows.isEmpty()) {
            bulk.into("funding_compartment_end", RULE_COLUMNS, rows);
        }
    }

    @Override
    public Map<AccountId, RelationEndRule> rulesOf(AccountId funder, PersonId person) {
        Map<AccountId, RelationEndRule> rules = new HashMap<>();
        jdbc.sql("select compartment_id, on_relation_end from funding_compartment_end"
                        + " where funder_account_id = :funder and person_id = :person")
                .param("funder", funder.value())
                .param("person", person.value())
                .query(rs -> {
                    rules.put(
                            new AccountId(rs.getObject("compartment_id", UUID.class)),
                            RelationEndRule.valueOf(rs.getString("on_relation_end")));
                });
        return rules;
    }

    @Override
    public List<Relation> endedAndNotHandled(LocalDate day, int limit) {
        return jdbc.sql("""
                        select r.id, r.funder_account_id, r.person_id, r.kind, r.start_date, r.end_date
                        from funding_relation r
                        where r.end_date < :day
                          and not exists (select 1 from funding_relation_end e
                                          where e.relation_id = r.id and e.end_date = r.end_date)
                        order by r.end_date, r.id
                        limit :limit""")
                .param("day", day)
                .param("limit", limit)
                .query((rs, n) -> new Relation(
                        rs.getObject("id", UUID.class),
                        new AccountId(rs.getObject("funder_account_id", UUID.class)),
                        new PersonId(rs.getObject("person_id", UUID.class)),
                        RelationKind.valueOf(rs.getString("kind")),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class)))
                .list();
    }

    @Override
    public boolean markHandled(Handled h) {
        return jdbc.sql("""
                        insert into funding_relation_end (relation_id, end_date, funder_account_id, person_id, outcome,
                          returned_cents, to_state_cents, kept_cents, held_cents, handled_at)
                        values (:relation, :end, :funder, :person, :outcome, :returned, :toState, :kept, :held, :at)
                        on conflict do nothing""")
                        .param("relation", h.relation().id())
                        .param("end", h.end())
                        .param("funder", h.relation().funder().value())
                        .param("person", h.relation().person().value())
                        .param("outcome", h.stillFunded() ? "STILL_FUNDED" : "MOVED")
                        .param("returned", h.returnedCents())
                        .param("toState", h.toStateCents())
                        .param("kept", h.keptCents())
                        .param("held", h.heldCents())
                        .param("at", Timestamp.from(h.at()))
                        .update()
                == 1;
    }
}
