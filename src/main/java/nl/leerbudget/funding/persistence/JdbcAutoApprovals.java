package nl.leerbudget.funding.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.leerbudget.funding.domain.AutoApprovals;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAutoApprovals implements AutoApprovals {

    private final JdbcClient jdbc;

    JdbcAutoApprovals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Money> limit(AccountId funder) {
        return jdbc.sql("select limit_cents from funding_auto_approval where funder_account_id = :funder")
                .param("funder", funder.value())
                .query((rs, n) -> Money.cents(rs.getLong("limit_cents")))
                .optional();
    }

    @Override
    public void set(AccountId funder, Money limit, String by, Instant now) {
        int updated = jdbc.sql("update funding_auto_approval set limit_cents = :limit, updated_by = :by,"
                        + " updated_at = :at where funder_account_id = :funder")
                .param("funder", funder.value())
                .param("limit", limit.cents())
                .param("by", by)
                .param("at", Timestamp.from(now))
                .update();
        if (updated == 0) {
            jdbc.sql("insert into funding_auto_approval (funder_account_id, limit_cents, updated_by, updated_at)"
                            + " values (:funder, :limit, :by, :at)")
                    .param("funder", funder.value())
                    .param("limit", limit.cents())
                    .param("by", by)
                    .param("at", Timestamp.from(now))
                    .update();
        }
    }

    @Override
    public void remove(AccountId funder) {
        jdbc.sql("delete from funding_auto_approval where funder_account_id = :funder")
                .param("funder", funder.value())
                .update();
    }
}
