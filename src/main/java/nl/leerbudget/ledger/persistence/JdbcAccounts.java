package nl.leerbudget.ledger.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.ledger.domain.Account;
import nl.leerbudget.ledger.domain.Accounts;
import nl.leerbudget.ledger.domain.Balances;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccounts implements Accounts {

    private static final String COLUMNS = """
            id, kind, unit, name, allow_negative, funder_type, learning_account_id, funder_account_id,
            cond_offering_types, cond_recognised_only, cond_offering_id, cond_sectors, valid_from, valid_until,
            expiry_rule, expired_at, debits_posted, credits_posted, debits_pending, credits_pending, created_at,
            cond_levels, cond_occupations, cond_providers""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private volatile @Nullable String lockClause;

    JdbcAccounts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * On PostgreSQL {@code for no key update}: it keeps other writers of the account out as {@code for update} does,
     * but not the foreign-key checks of transfers inserted meanwhile (they take {@code for key share}). With {@code for
     * update}, two transactions that had both inserted transfers of one account (a bulk credit from one funder) and
     * then locked it would deadlock. H2 knows only {@code for update} and takes no row locks for foreign keys.
     */
    private String lockClause() {
        String clause = lockClause;
        if (clause == null) {
            String database =
                    template.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            clause = "PostgreSQL".equals(database) ? "for no key update" : "for update";
            lockClause = clause;
        }
        return clause;
    }

    @Override
    public List<Account> lock(Collection<AccountId> ids) {
        // Lock in the database's own order of UUIDs (unsigned, byte by byte), across chunks too, so that any two
        // transactions take their locks in the same order and cannot deadlock.
        List<UUID> sorted = ids.stream()
                .map(AccountId::value)
                .distinct()
                .sorted(JdbcAccounts::compareUnsigned)
                .toList();
        return Sql.chunked(
                sorted,
                chunk -> jdbc.sql("select " + COLUMNS + " from ledger_account where id in (:ids) order by id "
                                + lockClause())
                        .param("ids", chunk)
                        .query(JdbcAccounts::map)
                        .list());
    }

    @Override
    public List<Account> findAll(Collection<AccountId> ids) {
        return Sql.chunked(
                ids.stream().map(AccountId::value).distinct().toList(),
                chunk -> jdbc.sql("select " + COLUMNS + " from ledger_account where id in (:ids)")
                        .param("ids", chunk)
                        .query(JdbcAccounts::map)
                        .list());
    }

    static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return jdbc.sql("select " + COLUMNS + " from ledger_account where id = :id")
                .param("id", id.value())
                .query(JdbcAccounts::map)
                .optional();
    }

    @Override
    public List<Account> compartmentsOf(LearningAccountId learningAccount) {
        return jdbc.sql("select " + COLUMNS
                        + " from ledger_account where learning_account_id = :la order by created_at, id")
                .param("la", learningAccount.value())
                .query(JdbcAccounts::map)
                .list();
    }

    @Override
    public List<Account> ofKind(AccountKind kind, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from ledger_account where kind = :kind order by name, id limit :limit offset :offset")
                .param("kind", kind.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcAccounts::map)
                .list();
    }

    @Override
    public long countOfKind(AccountKind kind) {
        return jdbc.sql("select count(*) from ledger_account where kind = :kind")
                .param("kind", kind.name())
                .query(Long.class)
                .single();
    }

    @Override
    public List<AccountId> expiredAfter(AccountId after, LocalDate day, int limit) {
        return jdbc.sql("""
                        select id from ledger_account
                        where kind = 'COMPARTMENT' and valid_until < :day and id > :after
                          and (expired_at is null or credits_posted - debits_posted - debits_pending > 0)
                        order by id limit :limit""")
                .param("day", day)
                .param("after", after.value())
                .param("limit", limit)
                .query((rs, n) -> new AccountId(Sql.requiredUuid(rs, "id")))
                .list();
    }

    @Override
    public CompartmentTotals compartmentsFundedBy(AccountId funder) {
        return jdbc.sql("""
                        select count(*) as n, coalesce(sum(credits_posted - debits_posted), 0) as balance,
                          coalesce(sum(debits_pending), 0) as held
                        from ledger_account where funder_account_id = :f""")
                .param("f", funder.value())
                .query((rs, n) -> new CompartmentTotals(rs.getLong("n"), rs.getLong("balance"), rs.getLong("held")))
                .single();
    }

    @Override
    public void insert(List<Account> accounts) {
        template.batchUpdate(
                "insert into ledger_account (" + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                accounts,
                1000,
                JdbcAccounts::bindInsert);
    }

    @Override
    public void update(List<Account> accounts) {
        template.batchUpdate("""
                update ledger_account set debits_posted = ?, credits_posted = ?, debits_pending = ?,
                  credits_pending = ?, expired_at = ? where id = ?""", accounts, 1000, (ps, account) -> {
            Balances b = account.balances();
            ps.setLong(1, b.debitsPosted());
            ps.setLong(2, b.creditsPosted());
            ps.setLong(3, b.debitsPending());
            ps.setLong(4, b.creditsPending());
            ps.setObject(5, Sql.timestamp(account.expiredAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(6, account.id().value());
        });
    }

    private static void bindInsert(PreparedStatement ps, Account account) throws SQLException {
        CompartmentTerms terms = account.compartment();
        Balances b = account.balances();
        ps.setObject(1, account.id().value());
        ps.setString(2, account.kind().name());
        ps.setString(3, account.unit().name());
        ps.setString(4, account.name());
        ps.setBoolean(5, account.allowNegative());
        ps.setString(
                6, account.funderType() == null ? null : account.funderType().name());
        ps.setObject(7, terms == null ? null : terms.learningAccount().value());
        ps.setObject(8, terms == null ? null : terms.funder().value());
        ps.setString(9, terms == null ? null : Sql.joined(terms.conditions().offeringTypes()));
        ps.setObject(10, terms == null ? null : terms.conditions().recognisedOnly(), Types.BOOLEAN);
        ps.setString(11, terms == null ? null : terms.conditions().offeringId());
        ps.setString(12, terms == null ? null : Sql.joined(terms.conditions().sectors()));
        ps.setObject(13, terms == null ? null : terms.validFrom(), Types.DATE);
        ps.setObject(14, terms == null ? null : terms.validUntil(), Types.DATE);
        ps.setString(15, terms == null ? null : terms.expiryRule().name());
        ps.setObject(16, Sql.timestamp(account.expiredAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setLong(17, b.debitsPosted());
        ps.setLong(18, b.creditsPosted());
        ps.setLong(19, b.debitsPending());
        ps.setLong(20, b.creditsPending());
        ps.setObject(21, Sql.timestamp(account.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(22, terms == null ? null : Sql.joined(terms.conditions().levels()));
        ps.setString(23, terms == null ? null : Sql.joined(terms.conditions().occupations()));
        ps.setString(24, terms == null ? null : Sql.joined(terms.conditions().providers()));
    }

    static Account map(ResultSet rs, int row) throws SQLException {
        AccountKind kind = AccountKind.valueOf(rs.getString("kind"));
        CompartmentTerms terms = null;
        if (kind == AccountKind.COMPARTMENT) {
            terms = new CompartmentTerms(
                    new LearningAccountId(Sql.requiredUuid(rs, "learning_account_id")),
                    new AccountId(Sql.requiredUuid(rs, "funder_account_id")),
                    rs.getString("name"),
                    Sql.conditions(rs),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_until", LocalDate.class),
                    ExpiryRule.valueOf(rs.getString("expiry_rule")));
        }
        String funderType = rs.getString("funder_type");
        return new Account(
                new AccountId(Sql.requiredUuid(rs, "id")),
                kind,
                Unit.valueOf(rs.getString("unit")),
                rs.getString("name"),
                rs.getBoolean("allow_negative"),
                funderType == null ? null : FunderType.valueOf(funderType),
                terms,
                new Balances(
                        rs.getLong("debits_posted"),
                        rs.getLong("credits_posted"),
                        rs.getLong("debits_pending"),
                        rs.getLong("credits_pending")),
                Sql.instant(rs, "expired_at"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
