package nl.leerbudget.overview.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.overview.BookingState;
import nl.leerbudget.overview.BookingView;
import nl.leerbudget.overview.Source;
import nl.leerbudget.overview.domain.BookingStore;
import nl.leerbudget.schemes.ProviderSettlements;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBookingStore implements BookingStore {

    private static final String COLUMNS = "id, request_id, code, person_id, offering_id, offering_version,"
            + " offering_name, provider_id, provider_name, start_date, price_cents, eligible_cents, minimum_own_cents,"
            + " covered_cents, person_pays_cents, fingerprint, state, deadline, prepared_by, created_by, created_at,"
            + " updated_at, started_on, final_amount_cents, end_reason";

    private final JdbcClient jdbc;

    JdbcBookingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(BookingView b) {
        jdbc.sql("insert into booking (" + COLUMNS + ") values (:id, :request, :code, :person, :offering, :version,"
                        + " :name, :provider, :providerName, :start, :price, :eligible, :minimumOwn, :covered,"
                        + " :personPays, :fingerprint, :state, :deadline, :preparedBy, :createdBy, :createdAt,"
                        + " :updatedAt, :startedOn, :finalAmount, :endReason)")
                .param("id", b.id())
                .param("request", b.requestId())
                .param("code", b.code())
                .param("person", b.person().value())
                .param("offering", b.offeringId())
                .param("version", b.offeringVersion())
                .param("name", b.offeringName())
                .param("provider", b.provider())
                .param("providerName", b.providerName())
                .param("start", b.startDate())
                .param("price", b.price().cents())
                .param("eligible", b.eligible().cents())
                .param("minimumOwn", b.minimumOwn().cents())
                .param("covered", b.covered().cents())
                .param("personPays", b.personPays().cents())
                .param("fingerprint", b.fingerprint())
                .param("state", b.state().name())
                .param("deadline", b.deadline())
                .param("preparedBy", b.preparedBy())
                .param("createdBy", b.createdBy())
                .param("createdAt", Timestamp.from(b.createdAt()))
                .param("updatedAt", Timestamp.from(b.updatedAt()))
                .param("startedOn", b.startedOn())
                .param(
                        "finalAmount",
                        b.finalAmount() == null ? null : b.finalAmount().cents())
                .param("endReason", b.endReason())
                .update();
        int position = 0;
        for (BookingView.Payment p : b.payments()) {
            jdbc.sql("insert into booking_payment (booking_id, position, compartment_id, label, source, amount_cents,"
                            + " hold_id, settled_cents, settlement_id) values (:booking, :position, :compartment,"
                            + " :label, :source, :amount, :hold, :settled, :settlement)")
                    .param("booking", b.id())
                    .param("position", position++)
                    .param("compartment", p.compartment().value())
                    .param("label", p.label())
                    .param("source", p.source().name())
                    .param("amount", p.amount().cents())
                    .param("hold", p.hold())
                    .param("settled", p.settled() == null ? null : p.settled().cents())
                    .param("settlement", p.settlement())
                    .update();
        }
    }

    @Override
    public Optional<BookingView> booking(UUID id) {
        return first(where("id = :id", Map.of("id", id)));
    }

    @Override
    public Optional<BookingView> lock(UUID id) {
        List<UUID> locked = jdbc.sql("select id from booking where id = :id for update")
                .param("id", id)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        return locked.isEmpty() ? Optional.empty() : booking(id);
    }

    @Override
    public Optional<BookingView> byRequest(UUID requestId) {
        return first(where("request_id = :request", Map.of("request", requestId)));
    }

    @Override
    public List<BookingView> ofPerson(PersonId person, int limit) {
        return where(
                "person_id = :person order by created_at desc, id fetch first " + limit + " rows only",
                Map.of("person", person.value()));
    }

    @Override
    public List<BookingView> ofProvider(UUID provider, int limit) {
        return where(
                "provider_id = :provider order by case when state in ('REQUESTED', 'ACCEPTED', 'STARTED') then 0"
                        + " else 1 end, created_at desc, id fetch first " + limit + " rows only",
                Map.of("provider", provider));
    }

    @Override
    public boolean hasOpen(PersonId person, String offeringId, LocalDate startDate) {
        return jdbc.sql(
                                "select count(*) from booking where person_id = :person and offering_id = :offering"
                                        + " and start_date = :start and state in ('PREPARED', 'REQUESTED', 'ACCEPTED', 'STARTED')")
                        .param("person", person.value())
                        .param("offering", offeringId)
                        .param("start", startDate)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void update(BookingView b) {
        int updated = jdbc.sql("update booking set state = :state, deadline = :deadline, updated_at = :updatedAt,"
                        + " started_on = :startedOn, final_amount_cents = :finalAmount, end_reason = :endReason"
                        + " where id = :id")
                .param("id", b.id())
                .param("state", b.state().name())
                .param("deadline", b.deadline())
                .param("updatedAt", Timestamp.from(b.updatedAt()))
                .param("startedOn", b.startedOn())
                .param(
                        "finalAmount",
                        b.finalAmount() == null ? null : b.finalAmount().cents())
                .param("endReason", b.endReason())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no booking " + b.id());
        }
        int position = 0;
        for (BookingView.Payment p : b.payments()) {
            jdbc.sql("update booking_payment set hold_id = :hold, settled_cents = :settled, settlement_id = :settlement"
                            + " where booking_id = :booking and position = :position")
                    .param("booking", b.id())
                    .param("position", position++)
                    .param("hold", p.hold())
                    .param("settled", p.settled() == null ? null : p.settled().cents())
                    .param("settlement", p.settlement())
                    .update();
        }
    }

    @Override
    public List<UUID> overdue(LocalDate today, int limit) {
        return jdbc.sql("select id from booking where state in ('PREPARED', 'REQUESTED', 'ACCEPTED')"
                        + " and deadline < :today order by deadline, id fetch first " + limit + " rows only")
                .param("today", today)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    @Override
    public Optional<Change> change(UUID requestId) {
        return jdbc.sql("select request_id, booking_id, kind, ledger_command, changed_by, acting_for, changed_at"
                        + " from booking_change where request_id = :request")
                .param("request", requestId)
                .query(JdbcBookingStore::change)
                .optional();
    }

    @Override
    public void insertChange(Change c) {
        jdbc.sql("insert into booking_change (request_id, booking_id, kind, ledger_command, changed_by, acting_for,"
                        + " changed_at) values (:request, :booking, :kind, :command, :by, :actingFor, :at)")
                .param("request", c.requestId())
                .param("booking", c.booking())
                .param("kind", c.kind())
                .param("command", c.ledgerCommand())
                .param("by", c.changedBy())
                .param("actingFor", c.actingFor() == null ? null : c.actingFor().value())
                .param("at", Timestamp.from(c.changedAt()))
                .update();
    }

    @Override
    public List<Change> changes(UUID booking) {
        return jdbc.sql("select request_id, booking_id, kind, ledger_command, changed_by, acting_for, changed_at"
                        + " from booking_change where booking_id = :booking order by changed_at, request_id")
                .param("booking", booking)
                .query(JdbcBookingStore::change)
                .list();
    }

    @Override
    public void insertSettlement(UUID booking, ProviderSettlements.Settlement s) {
        jdbc.sql("insert into booking_settlement (transfer_id, booking_id, provider_id, amount_cents)"
                        + " values (:transfer, :booking, :provider, :amount)")
                .param("transfer", s.id())
                .param("booking", booking)
                .param("provider", s.provider())
                .param("amount", s.amountCents())
                .update();
    }

    @Override
    public List<ProviderSettlements.Settlement> lockUnpaidSettlements() {
        return jdbc.sql("select transfer_id, provider_id, amount_cents from booking_settlement"
                        + " where payout_run_id is null order by transfer_id for update")
                .query((rs, n) -> new ProviderSettlements.Settlement(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3)))
                .list();
    }

    @Override
    public void paid(List<UUID> settlements, UUID payoutRun) {
        for (UUID id : settlements) {
            int updated = jdbc.sql("update booking_settlement set payout_run_id = :run"
                            + " where transfer_id = :id and payout_run_id is null")
                    .param("run", payoutRun)
                    .param("id", id)
                    .update();
            if (updated != 1) {
                throw new IllegalStateException("booking settlement " + id + " was paid already");
            }
        }
    }

    private Optional<BookingView> first(List<BookingView> found) {
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private List<BookingView> where(String condition, Map<String, Object> parameters) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from booking where " + condition)
                .params(parameters)
                .query(JdbcBookingStore::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        // A few bookings a page: one query per booking keeps the SQL portable and plain.
        List<BookingView> views = new ArrayList<>();
        for (Row row : rows) {
            List<BookingView.Payment> payments = jdbc.sql("select compartment_id, label, source, amount_cents, hold_id,"
                            + " settled_cents, settlement_id from booking_payment where booking_id = :booking"
                            + " order by position")
                    .param("booking", row.id)
                    .query(JdbcBookingStore::payment)
                    .list();
            views.add(row.view(payments));
        }
        return views;
    }

    private static BookingView.Payment payment(ResultSet rs, int n) throws SQLException {
        long settled = rs.getLong(6);
        boolean hasSettled = !rs.wasNull();
        return new BookingView.Payment(
                new AccountId(rs.getObject(1, UUID.class)),
                rs.getString(2),
                Source.valueOf(rs.getString(3)),
                Money.cents(rs.getLong(4)),
                rs.getObject(5, UUID.class),
                hasSettled ? Money.cents(settled) : null,
                rs.getObject(7, UUID.class));
    }

    private static Change change(ResultSet rs, int n) throws SQLException {
        UUID actingFor = rs.getObject(6, UUID.class);
        return new Change(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                actingFor == null ? null : new PersonId(actingFor),
                instant(rs, 7));
    }

    /** A booking row before its payments are read. */
    private record Row(
            UUID id,
            UUID request,
            String code,
            PersonId person,
            String offering,
            int version,
            String name,
            UUID provider,
            String providerName,
            LocalDate start,
            long price,
            long eligible,
            long minimumOwn,
            long covered,
            long personPays,
            String fingerprint,
            BookingState state,
            @Nullable LocalDate deadline,
            @Nullable String preparedBy,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            @Nullable LocalDate startedOn,
            @Nullable Long finalAmount,
            @Nullable String endReason) {

        BookingView view(List<BookingView.Payment> payments) {
            return new BookingView(
                    id,
                    request,
                    code,
                    person,
                    offering,
                    version,
                    name,
                    provider,
                    providerName,
                    start,
                    Money.cents(price),
                    Money.cents(eligible),
                    Money.cents(minimumOwn),
                    Money.cents(covered),
                    Money.cents(personPays),
                    fingerprint,
                    state,
                    deadline,
                    preparedBy,
                    createdBy,
                    createdAt,
                    updatedAt,
                    startedOn,
                    finalAmount == null ? null : Money.cents(finalAmount),
                    endReason,
                    payments,
                    false);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long finalAmount = rs.getLong(24);
        boolean hasFinal = !rs.wasNull();
        return new Row(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                new PersonId(rs.getObject(4, UUID.class)),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getObject(8, UUID.class),
                rs.getString(9),
                rs.getObject(10, LocalDate.class),
                rs.getLong(11),
                rs.getLong(12),
                rs.getLong(13),
                rs.getLong(14),
                rs.getLong(15),
                rs.getString(16),
                BookingState.valueOf(rs.getString(17)),
                rs.getObject(18, LocalDate.class),
                rs.getString(19),
                rs.getString(20),
                instant(rs, 21),
                instant(rs, 22),
                rs.getObject(23, LocalDate.class),
                hasFinal ? finalAmount : null,
                rs.getString(25));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
