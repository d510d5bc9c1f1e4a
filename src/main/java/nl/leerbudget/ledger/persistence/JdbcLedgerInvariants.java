package nl.leerbudget.ledger.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.LedgerInvariants.Violation;
import nl.leerbudget.ledger.domain.Invariants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's invariants as SQL over all accounts and transfers; each rule is one statement, so one snapshot. */
@Repository
class JdbcLedgerInvariants implements Invariants {

    private final JdbcClient jdbc;

    JdbcLedgerInvariants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Violation> violations(int limit) {
        List<Violation> found = new ArrayList<>();
        found.addAll(unbalancedUnits());
        found.addAll(overdrawn(limit));
        found.addAll(totalsDifferingFromTransfers(limit));
        return found;
    }

    /** Every transfer adds its amount to one debit and one credit total, so each unit sums to zero. */
    private List<Violation> unbalancedUnits() {
        return jdbc.sql("""
                        select unit, sum(credits_posted) as cp, sum(debits_posted) as dp,
                               sum(credits_pending) as cpe, sum(debits_pending) as dpe
                        from ledger_account group by unit
                        having sum(credits_posted) <> sum(debits_posted) or sum(credits_pending) <> sum(debits_pending)
                        order by unit""")
                .query((rs, n) -> new Violation(
                        Violation.UNIT_UNBALANCED,
                        "%s: credits posted %d, debits posted %d, credits pending %d, debits pending %d"
                                .formatted(
                                        rs.getString("unit"),
                                        rs.getLong("cp"),
                                        rs.getLong("dp"),
                                        rs.getLong("cpe"),
                                        rs.getLong("dpe")),
                        null))
                .list();
    }

    /** No account below zero unless it may be; what holds reserve never exceeds the balance. */
    private List<Violation> overdrawn(int limit) {
        return jdbc.sql("""
                        select id, credits_posted, debits_posted, debits_pending from ledger_account
                        where not allow_negative and debits_posted + debits_pending > credits_posted
                        order by id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Violation(
                        Violation.OVERDRAWN,
                        "credits posted %d < debits posted %d + debits pending %d"
                                .formatted(
                                        rs.getLong("credits_posted"),
                                        rs.getLong("debits_posted"),
                                        rs.getLong("debits_pending")),
                        new AccountId(Sql.requiredUuid(rs, "id"))))
                .list();
    }

    /** The running totals agree with the transfers they summarise. */
    private List<Violation> totalsDifferingFromTransfers(int limit) {
        return jdbc.sql("""
                        select * from (
                          select a.id, a.credits_posted, a.debits_posted, a.credits_pending, a.debits_pending,
                            coalesce((select sum(t.amount) from ledger_transfer t
                                where t.credit_account_id = a.id and t.kind in ('POSTED', 'POST_PENDING')), 0) as t_cp,
                            coalesce((select sum(t.amount) from ledger_transfer t
                                where t.debit_account_id = a.id and t.kind in ('POSTED', 'POST_PENDING')), 0) as t_dp,
                            coalesce((select sum(t.amount) from ledger_transfer t
                                where t.credit_account_id = a.id and t.kind = 'PENDING'
                                  and not exists (select 1 from ledger_transfer r where r.pending_id = t.id)), 0) as t_cpe,
                            coalesce((select sum(t.amount) from ledger_transfer t
                                where t.debit_account_id = a.id and t.kind = 'PENDING'
                                  and not exists (select 1 from ledger_transfer r where r.pending_id = t.id)), 0) as t_dpe
                          from ledger_account a) s
                        where credits_posted <> t_cp or debits_posted <> t_dp
                           or credits_pending <> t_cpe or debits_pending <> t_dpe
                        order by id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> {
                    StringJoiner detail = new StringJoiner(", ");
                    differs(detail, "credits posted", rs.getLong("credits_posted"), rs.getLong("t_cp"));
                    differs(detail, "debits posted", rs.getLong("debits_posted"), rs.getLong("t_dp"));
                    differs(detail, "credits pending", rs.getLong("credits_pending"), rs.getLong("t_cpe"));
                    differs(detail, "debits pending", rs.getLong("debits_pending"), rs.getLong("t_dpe"));
                    return new Violation(
                            Violation.TOTALS_DIFFER_FROM_TRANSFERS,
                            detail.toString(),
                            new AccountId(Sql.requiredUuid(rs, "id")));
                })
                .list();
    }

    private static void differs(StringJoiner detail, String total, long stored, long summed) {
        if (stored != summed) {
            detail.add("%s %d, transfers sum to %d".formatted(total, stored, summed));
        }
    }
}
