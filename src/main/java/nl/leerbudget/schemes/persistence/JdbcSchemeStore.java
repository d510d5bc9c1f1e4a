package nl.leerbudget.schemes.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.platform.jdbc.BulkInsert;
import nl.leerbudget.platform.jdbc.InLists;
import nl.leerbudget.schemes.AllocationMethod;
import nl.leerbudget.schemes.ApplicantFacts;
import nl.leerbudget.schemes.ApplicationStatus;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.GrantHistory;
import nl.leerbudget.schemes.LabourMarketPosition;
import nl.leerbudget.schemes.PayoutRun;
import nl.leerbudget.schemes.Reason;
import nl.leerbudget.schemes.SchemeApplication;
import nl.leerbudget.schemes.SchemeRule;
import nl.leerbudget.schemes.TargetExpression;
import nl.leerbudget.schemes.domain.SchemeStore;
import nl.leerbudget.schemes.domain.TargetExpressionReader;
import nl.leerbudget.schemes.domain.WindowRow;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSchemeStore implements SchemeStore {

    private static final String WINDOW_COLUMNS = "id, code, scheme_id, scheme_version, name, opens_at, closes_at,"
            + " budget_cents, allocation, seed, funder_account, budget_account, closed_at, settled_at, last_receipt,"
            + " waiting, granted_count, granted_cents, rejected_count";

    private static final List<String> APPLICATION = List.of(
            "id",
            "window_id",
            "receipt",
            "request_id",
            "person_id",
            "offering_id",
            "planned_start",
            "submitted_by",
            "received_at",
            "status",
            "amount_cents",
            "own_cents",
            "explanation",
            "reasons",
            "waitlist_position",
            "drawn_from",
            "compartment_id",
            "lapses_on",
            "decided_at");

    private static final String APPLICATION_COLUMNS = "a." + String.join(", a.", APPLICATION)
            + ", w.code, a.provider_id, a.started_on, a.settlement_id, a.payout_run_id, a.ended_at";

    private static final Map<String, SchemeRule> RULES = rules();

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    JdbcSchemeStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    // ---------------------------------------------------------------- schemes

    @Override
    public void insertScheme(StoredScheme scheme) {
        jdbc.sql("insert into scheme (id, version, name, definition, defined_by, defined_at)"
                        + " values (:id, :version, :name, :definition, :by, :at)")
                .param("id", scheme.id())
                .param("version", scheme.version())
                .param("name", scheme.name())
                .param("definition", scheme.definition())
                .param("by", scheme.definedBy())
                .param("at", timestamp(scheme.definedAt()))
                .update();
    }

    @Override
    public Optional<StoredScheme> scheme(String id, int version) {
        return jdbc.sql("select id, version, name, definition, defined_by, defined_at from scheme"
                        + " where id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .query(JdbcSchemeStore::scheme)
                .optional();
    }

    @Override
    public List<StoredScheme> latestSchemes() {
        return jdbc.sql("select s.id, s.version, s.name, s.definition, s.defined_by, s.defined_at from scheme s"
                        + " where s.version = (select max(l.version) from scheme l where l.id = s.id) order by s.id")
                .query(JdbcSchemeStore::scheme)
                .list();
    }

    private static StoredScheme scheme(ResultSet rs, int n) throws SQLException {
        return new StoredScheme(
                rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6));
    }

    // ---------------------------------------------------------------- windows

    @Override
    public void insertWindow(WindowRow w, String createdBy, Instant createdAt) {
        jdbc.sql("insert into scheme_window (" + WINDOW_COLUMNS + ", created_by, created_at) values (:id, :code,"
                        + " :scheme, :version, :name, :opens, :closes, :budget, :allocation, :seed, :funder, :account,"
                        + " null, null, 0, 0, 0, 0, 0, :by, :at)")
                .param("id", w.id())
                .param("code", w.code())
                .param("scheme", w.schemeId())
                .param("version", w.schemeVersion())
                .param("name", w.name())
                .param("opens", timestamp(w.opensAt()))
                .param("closes", timestamp(w.closesAt()))
                .param("budget", w.budget().cents())
                .param("allocation", w.allocation().name())
                .param("seed", w.seed())
                .param("funder", w.funderAccount())
                .param("account", w.budgetAccount())
                .param("by", createdBy)
                .param("at", timestamp(createdAt))
                .update();
        int position = 1;
        for (WindowRow.PotRow pot : w.pots()) {
            jdbc.sql("insert into scheme_window_pot (window_id, position, pot, up_to_level, target_group,"
                            + " reserved_cents, remaining_cents, closed) values (:window, :position, :pot, :level,"
                            + " :target, :reserved, :remaining, :closed)")
                    .param("window", w.id())
                    .param("position", position++)
                    .param("pot", pot.pot())
                    .param(
                            "level",
                            pot.upToLevel() == null ? null : pot.upToLevel().name())
                    .param("target", pot.target() == null ? null : pot.target().text())
                    .param("reserved", pot.reserved().cents())
                    .param("remaining", pot.remaining().cents())
                    .param("closed", pot.closed())
                    .update();
        }
    }

    @Override
    public Optional<WindowRow> window(UUID id) {
        return windows("where id = :id", id, false).stream().findFirst();
    }

    @Override
    public Optional<WindowRow> lockWindow(UUID id) {
        return windows("where id = :id", id, true).stream().findFirst();
    }

    @Override
    public List<WindowRow> windows() {
        return windows("", null, false);
    }

    private List<WindowRow> windows(String where, @Nullable UUID id, boolean lock) {
        var statement = jdbc.sql("select " + WINDOW_COLUMNS + " from scheme_window " + where
                + " order by opens_at desc," + " code" + (lock ? " for update" : ""));
        if (id != null) {
            statement = statement.param("id", id);
        }
        List<WindowRow> rows = statement.query(JdbcSchemeStore::window).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<WindowRow.PotRow>> pots = new HashMap<>();
        var potQuery = jdbc.sql("select window_id, pot, up_to_level, reserved_cents, remaining_cents, closed,"
                + " target_group from"
                + " scheme_window_pot" + (id == null ? "" : " where window_id = :id")
                + " order by window_id, position");
        if (id != null) {
            potQuery = potQuery.param("id", id);
        }
        potQuery.query(rs -> {
            String level = rs.getString(3);
            pots.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new WindowRow.PotRow(
                            rs.getString(2),
                            level == null ? null : EducationLevel.valueOf(level),
                            target(rs.getString(7)),
                            Money.cents(rs.getLong(4)),
                            Money.cents(rs.getLong(5)),
                            rs.getBoolean(6)));
        });
        return rows.stream()
                .map(w -> w.with(
                        w.lastReceipt(),
                        w.waiting(),
                        w.grantedCount(),
                        w.grantedTotal(),
                        w.rejectedCount(),
                        pots.getOrDefault(w.id(), List.of()),
                        w.closedAt(),
                        w.settledAt()))
                .toList();
    }

    private static WindowRow window(ResultSet rs, int n) throws SQLException {
        long seed = rs.getLong(10);
        Long seedOrNull = rs.wasNull() ? null : seed;
        return new WindowRow(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                instant(rs, 6),
                instant(rs, 7),
                Money.cents(rs.getLong(8)),
                AllocationMethod.valueOf(rs.getString(9)),
                seedOrNull,
                rs.getObject(11, UUID.class),
                rs.getObject(12, UUID.class),
                nullableInstant(rs, 13),
                nullableInstant(rs, 14),
                rs.getLong(15),
                rs.getInt(16),
                rs.getLong(17),
                Money.cents(rs.getLong(18)),
                rs.getLong(19),
                List.of());
    }

    @Override
    public void updateWindow(WindowRow w) {
        jdbc.sql("update scheme_window set last_receipt = :receipt, waiting = :waiting, granted_count = :granted,"
                        + " granted_cents = :cents, rejected_count = :rejected, closed_at = :closed, settled_at = :settled"
                        + " where id = :id")
                .param("receipt", w.lastReceipt())
                .param("waiting", w.waiting())
                .param("granted", w.grantedCount())
                .param("cents", w.grantedTotal().cents())
                .param("rejected", w.rejectedCount())
                .param("closed", w.closedAt() == null ? null : timestamp(w.closedAt()))
                .param("settled", w.settledAt() == null ? null : timestamp(w.settledAt()))
                .param("id", w.id())
                .update();
        for (WindowRow.PotRow pot : w.pots()) {
            jdbc.sql("update scheme_window_pot set remaining_cents = :remaining, closed = :closed"
                            + " where window_id = :id and pot = :pot")
                    .param("remaining", pot.remaining().cents())
                    .param("closed", pot.closed())
                    .param("id", w.id())
                    .param("pot", pot.pot())
                    .update();
        }
    }

    /** Target groups as written, read once each: a window's pots are read for every batch of the intake. */
    private final Map<String, TargetExpression> targets = new java.util.concurrent.ConcurrentHashMap<>();

    private @Nullable TargetExpression target(@Nullable String text) {
        return text == null ? null : targets.computeIfAbsent(text, TargetExpressionReader::read);
    }

    // ---------------------------------------------------------------- applicants

    @Override
    public void saveApplicants(Collection<ApplicantFacts> facts, Instant now) {
        if (facts.isEmpty()) {
            return;
        }
        List<UUID> ids = facts.stream().map(f -> f.person().value()).toList();
        InLists.chunked(ids, chunk -> {
            jdbc.sql("delete from scheme_applicant where person_id in (:ids)")
                    .param("ids", chunk)
                    .update();
            return List.of();
        });
        List<Object[]> rows = new ArrayList<>(facts.size());
        for (ApplicantFacts f : facts) {
            rows.add(new Object[] {
                f.person().value(),
                f.birthDate(),
                f.tiedToDutchLabourMarket(),
                f.highestEducationLevel().name(),
                f.sector(),
                f.positions().stream()
                        .sorted()
                        .map(LabourMarketPosition::code)
                        .collect(java.util.stream.Collectors.joining(",")),
                f.literacyProgramme(),
                now
            });
        }
        bulk.into(
                "scheme_applicant",
                List.of(
                        "person_id",
                        "birth_date",
                        "labour_market",
                        "education_level",
                        "sector",
                        "positions",
                        "literacy_programme",
                        "updated_at"),
                rows);
    }

    @Override
    public Map<PersonId, ApplicantFacts> applicants(Collection<PersonId> people) {
        Map<PersonId, ApplicantFacts> found = new HashMap<>();
        InLists.chunked(
                        people.stream().map(PersonId::value).distinct().toList(),
                        chunk -> jdbc.sql("select person_id, birth_date, labour_market, education_level, sector,"
                                        + " positions, literacy_programme from scheme_applicant"
                                        + " where person_id in (:ids)")
                                .param("ids", chunk)
                                .query((rs, n) -> new ApplicantFacts(
                                        new PersonId(rs.getObject(1, UUID.class)),
                                        rs.getObject(2, LocalDate.class),
                                        rs.getBoolean(3),
                                        EducationLevel.valueOf(rs.getString(4)),
                                        rs.getString(5),
                                        positions(rs.getString(6)),
                                        rs.getBoolean(7)))
                                .list())
                .forEach(f -> found.put(f.person(), f));
        return found;
    }

    private static Set<LabourMarketPosition> positions(String codes) {
        Set<LabourMarketPosition> positions = java.util.EnumSet.noneOf(LabourMarketPosition.class);
        for (String code : codes.split(",")) {
            if (!code.isBlank()) {
                positions.add(LabourMarketPosition.ofCode(code.strip()));
            }
        }
        return positions;
    }

    // ---------------------------------------------------------------- applications

    @Override
    public Map<UUID, SchemeApplication> byRequest(UUID window, String windowCode, Collection<UUID> requestIds) {
        Map<UUID, SchemeApplication> found = new HashMap<>();
        InLists.chunked(
                        List.copyOf(new HashSet<>(requestIds)),
                        chunk -> jdbc.sql("select " + APPLICATION_COLUMNS
                                        + " from scheme_application a join scheme_window w on w.id = a.window_id"
                                        + " where a.window_id = :window and a.request_id in (:ids)")
                                .param("window", window)
                                .param("ids", chunk)
                                .query(JdbcSchemeStore::application)
                                .list())
                .forEach(a -> found.put(a.requestId(), a));
        return found;
    }

    @Override
    public Set<PersonId> appliedIn(UUID window, Collection<PersonId> people) {
        Set<PersonId> found = new HashSet<>();
        InLists.chunked(
                        people.stream().map(PersonId::value).distinct().toList(),
                        chunk -> jdbc.sql("select distinct person_id from scheme_application"
                                        + " where window_id = :window and person_id in (:ids)")
                                .param("window", window)
                                .param("ids", chunk)
                                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                                .list())
                .forEach(found::add);
        return found;
    }

    @Override
    public Map<PersonId, List<GrantHistory.EarlierGrant>> grants(String schemeId, Collection<PersonId> people) {
        Map<PersonId, List<GrantHistory.EarlierGrant>> found = new HashMap<>();
        InLists.chunked(
                        people.stream().map(PersonId::value).distinct().toList(),
                        chunk -> jdbc.sql(
                                        "select a.person_id, a.decided_at from scheme_application a join scheme_window w"
                                                + " on w.id = a.window_id where w.scheme_id = :scheme and a.status in"
                                                + " ('GRANTED', 'STARTED', 'PAID') and a.person_id in (:ids)")
                                .param("scheme", schemeId)
                                .param("ids", chunk)
                                .query((rs, n) -> Map.entry(
                                        new PersonId(rs.getObject(1, UUID.class)),
                                        new GrantHistory.EarlierGrant(
                                                schemeId,
                                                instant(rs, 2)
                                                        .atZone(nl.leerbudget.ledger.Ledger.ZONE)
                                                        .toLocalDate())))
                                .list())
                .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return found;
    }

    @Override
    public void insertApplications(List<SchemeApplication> applications) {
        List<Object[]> rows = new ArrayList<>(applications.size());
        for (SchemeApplication a : applications) {
            rows.add(row(a));
        }
        bulk.into("scheme_application", APPLICATION, rows);
    }

    @Override
    public void updateDecisions(List<SchemeApplication> applications) {
        for (SchemeApplication a : applications) {
            jdbc.sql("update scheme_application set status = :status, amount_cents = :amount, own_cents = :own,"
                            + " explanation = :explanation, reasons = :reasons, waitlist_position = :position,"
                            + " drawn_from = :settled, compartment_id = :compartment, lapses_on = :lapses,"
                            + " decided_at = :decided where id = :id")
                    .param("status", a.status().name())
                    .param("amount", a.amount() == null ? null : a.amount().cents())
                    .param(
                            "own",
                            a.ownContribution() == null
                                    ? null
                                    : a.ownContribution().cents())
                    .param("explanation", a.explanation())
                    .param("reasons", reasons(a.reasons()))
                    .param("position", a.waitlistPosition())
                    .param("settled", drawnFrom(a.drawnFrom()))
                    .param("compartment", a.compartment())
                    .param("lapses", a.lapsesOn())
                    .param("decided", a.decidedAt() == null ? null : timestamp(a.decidedAt()))
                    .param("id", a.id())
                    .update();
        }
    }

    @Override
    public Optional<SchemeApplication> application(UUID id) {
        return jdbc.sql("select " + APPLICATION_COLUMNS
                        + " from scheme_application a join scheme_window w on w.id = a.window_id where a.id = :id")
                .param("id", id)
                .query(JdbcSchemeStore::application)
                .optional();
    }

    @Override
    public List<SchemeApplication> applicationsOf(PersonId person) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + " from scheme_application a join scheme_window w"
                        + " on w.id = a.window_id where a.person_id = :person order by a.received_at desc")
                .param("person", person.value())
                .query(JdbcSchemeStore::application)
                .list();
    }

    @Override
    public long receivedSince(UUID window, Instant since) {
        return jdbc.sql("select count(*) from scheme_application where window_id = :window and received_at >= :since")
                .param("window", window)
                .param("since", timestamp(since))
                .query(Long.class)
                .single();
    }

    @Override
    public List<SchemeApplication> inWindow(UUID window, String windowCode, Set<ApplicationStatus> status) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + " from scheme_application a join scheme_window w"
                        + " on w.id = a.window_id where a.window_id = :window and a.status in (:status)"
                        + " order by a.receipt")
                .param("window", window)
                .param("status", status.stream().map(Enum::name).toList())
                .query(JdbcSchemeStore::application)
                .list();
    }

    // ---------------------------------------------------------------- after the decision

    @Override
    public Optional<SchemeApplication> lockApplication(UUID id) {
        List<UUID> locked = jdbc.sql("select id from scheme_application where id = :id for update")
                .param("id", id)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        return locked.isEmpty() ? Optional.empty() : application(id);
    }

    @Override
    public void updateProgress(SchemeApplication a) {
        SchemeApplication.Start start = a.start();
        int updated = jdbc.sql("update scheme_application set status = :status, provider_id = :provider,"
                        + " started_on = :started, settlement_id = :settlement, payout_run_id = :run,"
                        + " ended_at = :ended where id = :id")
                .param("status", a.status().name())
                .param("provider", start == null ? null : start.providerId())
                .param("started", start == null ? null : start.startedOn())
                .param("settlement", start == null ? null : start.settlement())
                .param("run", start == null ? null : start.payoutRun())
                .param("ended", a.endedAt() == null ? null : timestamp(a.endedAt()))
                .param("id", a.id())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no application " + a.id());
        }
    }

    @Override
    public Optional<Change> change(UUID requestId) {
        return jdbc.sql("select request_id, application_id, kind, ledger_command, changed_by, changed_at"
                        + " from scheme_application_change where request_id = :id")
                .param("id", requestId)
                .query((rs, n) -> new Change(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        ChangeKind.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        instant(rs, 6)))
                .optional();
    }

    @Override
    public void insertChange(Change change) {
        jdbc.sql("insert into scheme_application_change (request_id, application_id, kind, ledger_command,"
                        + " changed_by, changed_at) values (:request, :application, :kind, :command, :by, :at)")
                .param("request", change.requestId())
                .param("application", change.application())
                .param("kind", change.kind().name())
                .param("command", change.ledgerCommand())
                .param("by", change.changedBy())
                .param("at", timestamp(change.changedAt()))
                .update();
    }

    @Override
    public List<SchemeApplication> lapsedGrants(LocalDate day) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + " from scheme_application a join scheme_window w"
                        + " on w.id = a.window_id where a.status = 'GRANTED' and a.lapses_on <= :day"
                        + " order by a.window_id, a.receipt")
                .param("day", day)
                .query(JdbcSchemeStore::application)
                .list();
    }

    @Override
    public List<SchemeApplication> lockLapsedGrants(UUID window, LocalDate day) {
        // Only the application rows are locked (a join would lock the window row too, in no set order).
        List<UUID> locked = jdbc.sql("select id from scheme_application where window_id = :window"
                        + " and status = 'GRANTED' and lapses_on <= :day order by id for update")
                .param("window", window)
                .param("day", day)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        return lockedApplications(locked, " order by a.receipt");
    }

    @Override
    public List<GrantRow> grants(@Nullable UUID after, int limit) {
        String select = "select id, status, compartment_id, amount_cents, settlement_id from scheme_application"
                + " where status in ('GRANTED', 'STARTED', 'PAID')";
        var query = after == null
                ? jdbc.sql(select + " order by id limit :limit")
                : jdbc.sql(select + " and id > :after order by id limit :limit").param("after", after);
        return query.param("limit", limit)
                .query((rs, n) -> new GrantRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("status"),
                        rs.getObject("compartment_id", UUID.class),
                        rs.getLong("amount_cents"),
                        rs.getObject("settlement_id", UUID.class)))
                .list();
    }

    @Override
    public List<SchemeApplication> lockUnpaid() {
        List<UUID> locked = jdbc.sql(
                        "select id from scheme_application where status = 'STARTED' order by id for update")
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        return lockedApplications(locked, " order by a.id");
    }

    private List<SchemeApplication> lockedApplications(List<UUID> ids, String order) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SchemeApplication> found = new ArrayList<>();
        InLists.chunked(
                        ids,
                        chunk -> jdbc.sql("select " + APPLICATION_COLUMNS + " from scheme_application a join"
                                        + " scheme_window w on w.id = a.window_id where a.id in (:ids)" + order)
                                .param("ids", chunk)
                                .query(JdbcSchemeStore::application)
                                .list())
                .forEach(found::add);
        return found;
    }

    @Override
    public void insertPayoutRun(PayoutRun run, String file) {
        jdbc.sql("insert into scheme_payout_run (id, request_id, message_id, execution_date, grant_count, total_cents,"
                        + " ledger_command, file, created_by, created_at) values (:id, :request, :message, :execution,"
                        + " :grants, :total, :command, :file, :by, :at)")
                .param("id", run.id())
                .param("request", run.requestId())
                .param("message", run.messageId())
                .param("execution", run.executionDate())
                .param("grants", run.grants())
                .param("total", run.total().cents())
                .param("command", run.ledgerCommand())
                .param("file", file)
                .param("by", run.createdBy())
                .param("at", timestamp(run.createdAt()))
                .update();
        for (PayoutRun.Line line : run.lines()) {
            jdbc.sql("insert into scheme_payout_line (run_id, provider_id, provider_name, iban, end_to_end_id,"
                            + " grant_count, amount_cents) values (:run, :provider, :name, :iban, :e2e, :grants,"
                            + " :amount)")
                    .param("run", run.id())
                    .param("provider", line.providerId())
                    .param("name", line.providerName())
                    .param("iban", line.iban())
                    .param("e2e", line.endToEndId())
                    .param("grants", line.grants())
                    .param("amount", line.amount().cents())
                    .update();
        }
    }

    @Override
    public Optional<PayoutRun> payoutRun(UUID id) {
        return payoutRuns("where id = :id", "id", id, 1).stream().findFirst();
    }

    @Override
    public Optional<PayoutRun> payoutRunByRequest(UUID requestId) {
        return payoutRuns("where request_id = :id", "id", requestId, 1).stream().findFirst();
    }

    @Override
    public List<PayoutRun> payoutRuns(int limit) {
        return payoutRuns("", null, null, limit);
    }

    private List<PayoutRun> payoutRuns(String where, @Nullable String name, @Nullable Object value, int limit) {
        var statement = jdbc.sql("select id, request_id, message_id, execution_date, grant_count, total_cents,"
                + " ledger_command, created_by, created_at from scheme_payout_run " + where
                + " order by created_at desc, id fetch first " + limit + " rows only");
        if (name != null) {
            statement = statement.param(name, value);
        }
        List<PayoutRun> runs = new ArrayList<>();
        for (Object[] row : statement
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getInt(5),
                    rs.getLong(6),
                    rs.getObject(7, UUID.class),
                    rs.getString(8),
                    instant(rs, 9)
                })
                .list()) {
            UUID id = (UUID) row[0];
            List<PayoutRun.Line> lines = jdbc.sql("select provider_id, provider_name, iban, end_to_end_id, grant_count,"
                            + " amount_cents from scheme_payout_line where run_id = :id order by end_to_end_id")
                    .param("id", id)
                    .query((rs, n) -> new PayoutRun.Line(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getInt(5),
                            Money.cents(rs.getLong(6))))
                    .list();
            runs.add(new PayoutRun(
                    id,
                    (UUID) row[1],
                    (String) row[2],
                    (LocalDate) row[3],
                    (Integer) row[4],
                    Money.cents((Long) row[5]),
                    lines,
                    (UUID) row[6],
                    (String) row[7],
                    (Instant) row[8],
                    false));
        }
        return runs;
    }

    @Override
    public Optional<String> payoutFile(UUID id) {
        return jdbc.sql("select file from scheme_payout_run where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private static Object[] row(SchemeApplication a) {
        return new Object[] {
            a.id(),
            a.windowId(),
            a.receipt(),
            a.requestId(),
            a.person().value(),
            a.offeringId(),
            a.plannedStart(),
            a.submittedBy(),
            a.receivedAt(),
            a.status().name(),
            a.amount() == null ? null : a.amount().cents(),
            a.ownContribution() == null ? null : a.ownContribution().cents(),
            a.explanation(),
            reasons(a.reasons()),
            a.waitlistPosition(),
            drawnFrom(a.drawnFrom()),
            a.compartment(),
            a.lapsesOn(),
            a.decidedAt()
        };
    }

    private static SchemeApplication application(ResultSet rs, int n) throws SQLException {
        long amount = rs.getLong(11);
        Money amountOrNull = rs.wasNull() ? null : Money.cents(amount);
        long own = rs.getLong(12);
        Money ownOrNull = rs.wasNull() ? null : Money.cents(own);
        int position = rs.getInt(15);
        Integer positionOrNull = rs.wasNull() ? null : position;
        return new SchemeApplication(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(20),
                rs.getLong(3),
                rs.getObject(4, UUID.class),
                new PersonId(rs.getObject(5, UUID.class)),
                rs.getObject(6, UUID.class),
                rs.getObject(7, LocalDate.class),
                rs.getString(8),
                instant(rs, 9),
                ApplicationStatus.valueOf(rs.getString(10)),
                amountOrNull,
                ownOrNull,
                rs.getString(13),
                reasons(rs.getString(14)),
                positionOrNull,
                drawnFrom(rs.getString(16)),
                rs.getObject(17, UUID.class),
                rs.getObject(18, LocalDate.class),
                nullableInstant(rs, 19),
                start(rs),
                nullableInstant(rs, 25),
                false);
    }

    private static SchemeApplication.@Nullable Start start(ResultSet rs) throws SQLException {
        UUID provider = rs.getObject(21, UUID.class);
        if (provider == null) {
            return null;
        }
        return new SchemeApplication.Start(
                provider,
                rs.getObject(22, LocalDate.class),
                rs.getObject(23, UUID.class),
                rs.getObject(24, UUID.class));
    }

    // ---------------------------------------------------------------- encodings

    static @Nullable String reasons(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Reason reason : reasons) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(reason.ruleId())
                    .append('\t')
                    .append(reason.explanation().replace('\n', ' '));
        }
        return text.toString();
    }

    static List<Reason> reasons(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            SchemeRule rule = java.util.Objects.requireNonNull(RULES.get(line.substring(0, tab)));
            reasons.add(new Reason(rule, line.substring(tab + 1)));
        }
        return reasons;
    }

    /** {@code pot=cents,...} in pot name order, so that the same grant is always written the same way. */
    static @Nullable String drawnFrom(Map<String, Money> drawn) {
        if (drawn.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(drawn).forEach((pot, money) -> {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(pot).append('=').append(money.cents());
        });
        return text.toString();
    }

    static Map<String, Money> drawnFrom(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        Map<String, Money> drawn = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int equals = part.indexOf('=');
            drawn.put(part.substring(0, equals), Money.cents(Long.parseLong(part.substring(equals + 1))));
        }
        return drawn;
    }

    private static Map<String, SchemeRule> rules() {
        Map<String, SchemeRule> rules = new HashMap<>();
        for (SchemeRule rule : SchemeRule.values()) {
            rules.put(rule.id(), rule);
        }
        return Map.copyOf(rules);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
