package nl.leerbudget.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Movement;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.ledger.domain.HoldState;
import nl.leerbudget.ledger.domain.ReversibleState;
import nl.leerbudget.ledger.domain.Transfers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTransfers implements Transfers {

    private static final String COLUMNS = """
            t.id, t.command_id, t.kind, t.debit_account_id, t.credit_account_id, t.amount, t.unit, t.code,
            t.pending_id, t.reverses_id, t.timeout_at, t.reference, t.booked_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcTransfers(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public Optional<Transfer> find(TransferId id) {
        return jdbc.sql("select " + COLUMNS + " from ledger_transfer t where t.id = :id")
                .param("id", id.value())
                .query(JdbcTransfers::map)
                .optional();
    }

    @Override
    public List<HoldState> holds(Collection<TransferId> ids) {
        return Sql.chunked(
                ids.stream().map(TransferId::value).distinct().toList(),
                chunk -> jdbc.sql("select "
                                + COLUMNS
                                + ", exists (select 1 from ledger_transfer r where r.pending_id = t.id) as resolved"
                                + " from ledger_transfer t where t.id in (:ids)")
                        .param("ids", chunk)
                        .query((rs, n) -> new HoldState(map(rs, n), rs.getBoolean("resolved")))
                        .list());
    }

    @Override
    public List<ReversibleState> reversibles(Collection<TransferId> ids) {
        return Sql.chunked(
                ids.stream().map(TransferId::value).distinct().toList(),
                chunk -> jdbc.sql("select "
                                + COLUMNS
                                + ", exists (select 1 from ledger_transfer r where r.reverses_id = t.id) as reversed"
                                + " from ledger_transfer t where t.id in (:ids)")
                        .param("ids", chunk)
                        .query((rs, n) -> new ReversibleState(map(rs, n), rs.getBoolean("reversed")))
                        .list());
    }

    @Override
    public List<Transfer> ofCommand(CommandId command) {
        return jdbc.sql("select " + COLUMNS + " from ledger_transfer t where t.command_id = :c order by t.seq")
                .param("c", command.value())
                .query(JdbcTransfers::map)
                .list();
    }

    @Override
    public List<Transfer> ofAccount(AccountId account, Instant from, Instant to, int limit) {
        return jdbc.sql("select " + COLUMNS + " from ledger_transfer t"
                        + " where (t.debit_account_id = :a or t.credit_account_id = :a)"
                        + " and t.booked_at >= :from and t.booked_at < :to order by t.seq limit :limit")
                .param("a", account.value())
                .param("from", Sql.timestamp(from), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("to", Sql.timestamp(to), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("limit", limit)
                .query(JdbcTransfers::map)
                .list();
    }

    @Override
    public List<Movement> movementsOf(LearningAccountId learningAccount, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + ", c.id as compartment_id from ledger_account c"
                        + " join ledger_transfer t on t.debit_account_id = c.id or t.credit_account_id = c.id"
                        + " where c.learning_account_id = :la and t.kind in ('POSTED', 'POST_PENDING')"
                        + " order by t.seq desc, c.id limit :limit offset :offset")
                .param("la", learningAccount.value())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    Transfer transfer = map(rs, n);
                    AccountId compartment = new AccountId(Sql.requiredUuid(rs, "compartment_id"));
                    long change = transfer.debit().equals(compartment) ? -transfer.amount() : transfer.amount();
                    return new Movement(transfer, compartment, change);
                })
                .list();
    }

    @Override
    public long countMovementsOf(LearningAccountId learningAccount) {
        return jdbc.sql("select count(*) from ledger_account c"
                        + " join ledger_transfer t on t.debit_account_id = c.id or t.credit_account_id = c.id"
                        + " where c.learning_account_id = :la and t.kind in ('POSTED', 'POST_PENDING')")
                .param("la", learningAccount.value())
                .query(Long.class)
                .single();
    }

    @Override
    public Map<AccountId, Long> outOfCompartments(LearningAccountId learningAccount, TransferCode code) {
        Map<AccountId, Long> sums = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.debit_account_id, sum(t.amount) as total from ledger_account c
                        join ledger_transfer t on t.debit_account_id = c.id
                        where c.learning_account_id = :la and t.code = :code and t.kind in ('POSTED', 'POST_PENDING')
                        group by t.debit_account_id""")
                .param("la", learningAccount.value())
                .param("code", code.name())
                .query(rs -> {
                    sums.put(new AccountId(Sql.requiredUuid(rs, "debit_account_id")), rs.getLong("total"));
                });
        return sums;
    }

    @Override
    public long postedBalanceBefore(AccountId account, Instant instant) {
        return jdbc.sql("""
                        select coalesce(sum(case when credit_account_id = :a then amount else -amount end), 0)
                        from ledger_transfer
                        where (debit_account_id = :a or credit_account_id = :a)
                          and kind in ('POSTED', 'POST_PENDING') and booked_at < :before""")
                .param("a", account.value())
                .param("before", Sql.timestamp(instant), Types.TIMESTAMP_WITH_TIMEZONE)
                .query(Long.class)
                .single();
    }

    @Override
    public List<TransferId> timedOutHolds(Instant now, int limit) {
        return jdbc.sql("""
                        select t.id from ledger_transfer t
                        where t.kind = 'PENDING' and t.timeout_at <= :now
                          and not exists (select 1 from ledger_transfer r where r.pending_id = t.id)
                        order by t.timeout_at, t.id limit :limit""")
                .param("now", Sql.timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("limit", limit)
                .query((rs, n) -> new TransferId(Sql.requiredUuid(rs, "id")))
                .list();
    }

    @Override
    public Map<TransferCode, Long> outflowsOfCompartmentsFundedBy(AccountId funder) {
        return sumsByCode("""
                select t.code, sum(t.amount) as total from ledger_transfer t
                join ledger_account c on c.id = t.debit_account_id
                where c.funder_account_id = :a and t.kind in ('POSTED', 'POST_PENDING')
                group by t.code""", funder);
    }

    @Override
    public List<nl.leerbudget.ledger.FunderFlows.Row> flowsOf(AccountId funder) {
        List<nl.leerbudget.ledger.FunderFlows.Row> rows = new java.util.ArrayList<>();
        // Years in the ledger's zone; the booking moment is stored with its offset.
        jdbc.sql("""
                        select t.booked_at, t.code, t.amount from ledger_transfer t
                        where t.debit_account_id = :a and t.kind in ('POSTED', 'POST_PENDING')
                          and t.code in ('DEPOSIT', 'GRANT')""").param("a", funder.value()).query(rs -> {
            rows.add(new nl.leerbudget.ledger.FunderFlows.Row(
                    year(rs), nl.leerbudget.ledger.FunderFlows.Flow.DEPOSITED, null, null, null, rs.getLong("amount")));
        });
        jdbc.sql("""
                        select t.booked_at, t.code, t.amount, t.credit_account_id, p.name as provider_name,
                          pp.offering_type
                        from ledger_transfer t
                        join ledger_account c on c.id = t.debit_account_id
                        left join ledger_transfer_purpose pp on pp.transfer_id = coalesce(t.pending_id, t.id)
                        left join ledger_account p on p.id = t.credit_account_id and p.kind = 'PROVIDER_PAYABLE'
                        where c.funder_account_id = :a and t.kind in ('POSTED', 'POST_PENDING')
                          and t.code in ('SPEND', 'EXPIRY_RETURN', 'EXPIRY_LAPSE', 'REVERSAL')""").param("a", funder.value()).query(rs -> {
            var flow = switch (TransferCode.valueOf(rs.getString("code"))) {
                case SPEND -> nl.leerbudget.ledger.FunderFlows.Flow.SPENT;
                case EXPIRY_RETURN -> nl.leerbudget.ledger.FunderFlows.Flow.RETURNED;
                case EXPIRY_LAPSE -> nl.leerbudget.ledger.FunderFlows.Flow.LAPSED;
                default -> nl.leerbudget.ledger.FunderFlows.Flow.REVERSED;
            };
            boolean spent = flow == nl.leerbudget.ledger.FunderFlows.Flow.SPENT;
            String type = rs.getString("offering_type");
            rows.add(new nl.leerbudget.ledger.FunderFlows.Row(
                    year(rs),
                    flow,
                    spent ? new AccountId(rs.getObject("credit_account_id", UUID.class)) : null,
                    spent ? rs.getString("provider_name") : null,
                    spent && type != null ? nl.leerbudget.shared.OfferingType.valueOf(type) : null,
                    rs.getLong("amount")));
        });
        // Summed here rather than in SQL: the year is the ledger zone's, which a database session need not share.
        Map<List<Object>, nl.leerbudget.ledger.FunderFlows.Row> sums = new java.util.LinkedHashMap<>();
        for (var row : rows) {
            List<Object> key = java.util.Arrays.asList(
                    row.year(), row.flow(), row.provider(), row.providerName(), row.offeringType());
            sums.merge(
                    key,
                    row,
                    (a, b) -> new nl.leerbudget.ledger.FunderFlows.Row(
                            a.year(),
                            a.flow(),
                            a.provider(),
                            a.providerName(),
                            a.offeringType(),
                            Math.addExact(a.amount(), b.amount())));
        }
        return List.copyOf(sums.values());
    }

    private static int year(java.sql.ResultSet rs) throws java.sql.SQLException {
        return rs.getObject("booked_at", java.time.OffsetDateTime.class)
                .atZoneSameInstant(nl.leerbudget.ledger.Ledger.ZONE)
                .getYear();
    }

    @Override
    public Map<TransferCode, Long> debitsOf(AccountId account) {
        return sumsByCode("""
                select t.code, sum(t.amount) as total from ledger_transfer t
                where t.debit_account_id = :a and t.kind in ('POSTED', 'POST_PENDING')
                group by t.code""", account);
    }

    private Map<TransferCode, Long> sumsByCode(String sql, AccountId account) {
        Map<TransferCode, Long> sums = new EnumMap<>(TransferCode.class);
        jdbc.sql(sql).param("a", account.value()).query(rs -> {
            sums.put(TransferCode.valueOf(rs.getString("code")), rs.getLong("total"));
        });
        return sums;
    }

    @Override
    public void insert(List<Transfer> transfers) {
        template.batchUpdate("""
                insert into ledger_transfer (id, command_id, kind, debit_account_id, credit_account_id, amount, unit,
                  code, pending_id, reverses_id, timeout_at, reference, booked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", transfers, 1000, (ps, t) -> {
            ps.setObject(1, t.id().value());
            ps.setObject(2, t.command().value());
            ps.setString(3, t.kind().name());
            ps.setObject(4, t.debit().value());
            ps.setObject(5, t.credit().value());
            ps.setLong(6, t.amount());
            ps.setString(7, t.unit().name());
            ps.setString(8, t.code().name());
            ps.setObject(9, t.pending() == null ? null : t.pending().value(), Types.OTHER);
            ps.setObject(10, t.reverses() == null ? null : t.reverses().value(), Types.OTHER);
            ps.setObject(11, Sql.timestamp(t.timeoutAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(12, t.reference());
            ps.setObject(13, Sql.timestamp(t.bookedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    }

    @Override
    public void insertPurposes(Map<TransferId, Purpose> purposes) {
        template.batchUpdate("""
                insert into ledger_transfer_purpose (transfer_id, offering_id, provider_account_id, offering_type,
                  recognised, sectors, level, occupations, provider_kvk)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", List.copyOf(purposes.entrySet()), 1000, (ps, entry) -> {
            Purpose purpose = entry.getValue();
            ps.setObject(1, entry.getKey().value());
            ps.setString(2, purpose.offeringId());
            ps.setObject(3, purpose.provider().value());
            ps.setString(4, purpose.type().name());
            ps.setBoolean(5, purpose.recognised());
            ps.setString(6, Sql.joined(purpose.sectors()));
            ps.setObject(7, purpose.level(), Types.INTEGER);
            ps.setString(8, Sql.joined(purpose.occupations()));
            ps.setString(9, purpose.providerKvk());
        });
    }

    static Transfer map(ResultSet rs, int row) throws SQLException {
        UUID pending = Sql.uuid(rs, "pending_id");
        UUID reverses = Sql.uuid(rs, "reverses_id");
        return new Transfer(
                new TransferId(Sql.requiredUuid(rs, "id")),
                new CommandId(Sql.requiredUuid(rs, "command_id")),
                TransferKind.valueOf(rs.getString("kind")),
                new AccountId(Sql.requiredUuid(rs, "debit_account_id")),
                new AccountId(Sql.requiredUuid(rs, "credit_account_id")),
                rs.getLong("amount"),
                Unit.valueOf(rs.getString("unit")),
                TransferCode.valueOf(rs.getString("code")),
                pending == null ? null : new TransferId(pending),
                reverses == null ? null : new TransferId(reverses),
                Sql.instant(rs, "timeout_at"),
                rs.getString("reference"),
                Sql.requiredInstant(rs, "booked_at"));
    }
}
