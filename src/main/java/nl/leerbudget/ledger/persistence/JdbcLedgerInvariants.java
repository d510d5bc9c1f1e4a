package nl.leerbudget.ledger.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.LedgerInvariants.Violation;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.domain.Invariants;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
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
        found.addAll(paymentsOutsideConditions(limit));
        return found;
    }

    /**
     * Every hold and payment from a compartment to a provider names the offering it paid for (a settlement that of its
     * hold), went to that offering's provider, and was one the compartment's conditions allowed: checked again, with
     * the same rule the ledger applied, against the offering as it was recorded when the money moved.
     */
    private List<Violation> paymentsOutsideConditions(int limit) {
        List<Violation> found = new ArrayList<>();
        jdbc.sql("""
                        select t.id, t.code, t.debit_account_id, t.credit_account_id,
                          d.cond_offering_types, d.cond_recognised_only, d.cond_offering_id, d.cond_sectors,
                          d.cond_levels, d.cond_occupations, d.cond_providers,
                          p.offering_id, p.provider_account_id, p.offering_type, p.recognised, p.sectors,
                          p.level, p.occupations, p.provider_kvk
                        from ledger_transfer t
                        join ledger_account d on d.id = t.debit_account_id and d.kind = 'COMPARTMENT'
                        join ledger_account c on c.id = t.credit_account_id and c.kind = 'PROVIDER_PAYABLE'
                        left join ledger_transfer_purpose p on p.transfer_id = coalesce(t.pending_id, t.id)
                        where t.kind in ('POSTED', 'PENDING', 'POST_PENDING')
                        order by t.seq""").query((java.sql.ResultSet rs) -> {
            if (found.size() >= limit) {
                return;
            }
            String problem = paymentProblem(rs);
            if (problem != null) {
                found.add(new Violation(
                        Violation.PAYMENT_OUTSIDE_CONDITIONS,
                        "transfer " + rs.getString("id") + ": " + problem,
                        new AccountId(Sql.requiredUuid(rs, "debit_account_id"))));
            }
        });
        return found;
    }

    private static @Nullable String paymentProblem(java.sql.ResultSet rs) throws java.sql.SQLException {
        if (!TransferCode.SPEND.name().equals(rs.getString("code"))) {
            return "moved money from a compartment to a provider as " + rs.getString("code") + ", not as a payment";
        }
        String offering = rs.getString("offering_id");
        if (offering == null) {
            return "names no offering it paid for";
        }
        UUID provider = Sql.requiredUuid(rs, "provider_account_id");
        if (!provider.equals(Sql.requiredUuid(rs, "credit_account_id"))) {
            return "paid " + rs.getString("credit_account_id") + ", not the provider of offering " + offering;
        }
        CompartmentConditions conditions = Sql.conditions(rs);
        var purpose = new Purpose(
                offering,
                new AccountId(provider),
                OfferingType.valueOf(rs.getString("offering_type")),
                rs.getBoolean("recognised"),
                Sql.split(rs.getString("sectors")),
                rs.getObject("level", Integer.class),
                Sql.split(rs.getString("occupations")),
                rs.getString("provider_kvk"));
        return conditions
                .refusal(purpose)
                .map(rule -> "paid for offering " + offering + " against the compartment's conditions: " + rule.id()
                        + " " + rule.explanation())
                .orElse(null);
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
