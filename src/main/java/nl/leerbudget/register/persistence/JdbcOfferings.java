package nl.leerbudget.register.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.register.Finding;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingStatus;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.domain.Offerings;
import nl.leerbudget.shared.OfferingType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOfferings implements Offerings {

    /** The columns of an offering version as {@link #details} reads them; the catalogue reads them alike. */
    static final String VERSION_COLUMNS = """
            v.type, v.name, v.description, v.level, v.study_load, v.study_load_unit, v.price_cents, v.vat_cents,
            v.eligible_cost_cents, v.modality, v.location, v.start_dates, v.max_participants, v.fields_of_study,
            v.skills, v.recognised""";

    private final JdbcClient jdbc;

    JdbcOfferings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Current> find(OfferingId id) {
        return current("o.id = :value", id.value(), 1).stream().findFirst();
    }

    @Override
    public Optional<WithProvider> findWithProvider(OfferingId id) {
        return jdbc.sql("select o.id, o.provider_id, o.current_version, o.status, o.status_reason, o.updated_at,"
                        + " p.name provider_name, p.status provider_status, p.status_reason provider_reason, "
                        + VERSION_COLUMNS
                        + " from offering o join offering_version v on v.offering_id = o.id"
                        + " and v.version = o.current_version join provider p on p.id = o.provider_id"
                        + " where o.id = :id")
                .param("id", id.value())
                .query((rs, n) -> new WithProvider(
                        withoutFindings(rs),
                        rs.getString("provider_name"),
                        ProviderStatus.valueOf(rs.getString("provider_status")),
                        rs.getString("provider_reason")))
                .optional();
    }

    @Override
    public List<Current> inReview(int limit) {
        return current("o.status = :value", OfferingStatus.IN_REVIEW.name(), limit);
    }

    @Override
    public List<Current> ofProvider(ProviderId provider, int limit) {
        return current("o.provider_id = :value", provider.value(), limit);
    }

    private List<Current> current(String where, Object value, int limit) {
        List<Current> found = jdbc.sql("select o.id, o.provider_id, o.current_version, o.status, o.status_reason,"
                        + " o.updated_at, " + VERSION_COLUMNS
                        + " from offering o join offering_version v on v.offering_id = o.id"
                        + " and v.version = o.current_version where " + where
                        + " order by o.updated_at, o.id limit :limit")
                .param("value", value)
                .param("limit", limit)
                .query((rs, n) -> withoutFindings(rs))
                .list();
        return found.stream()
                .map(c -> new Current(
                        c.id(),
                        c.provider(),
                        c.version(),
                        c.details(),
                        c.status(),
                        c.statusReason(),
                        findings(c.id(), c.version()),
                        c.updatedAt()))
                .toList();
    }

    /** The offering at its current version as the row has it; its findings are read apart. */
    private static Current withoutFindings(ResultSet rs) throws SQLException {
        return new Current(
                new OfferingId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                rs.getInt("current_version"),
                details(rs),
                OfferingStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                List.of(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    @Override
    public Optional<OfferingDetails> version(OfferingId id, int version) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from offering_version v where v.offering_id = :id"
                        + " and v.version = :version")
                .param("id", id.value())
                .param("version", version)
                .query((rs, n) -> details(rs))
                .optional();
    }

    @Override
    public void addVersion(
            OfferingId id,
            ProviderId provider,
            int version,
            OfferingDetails d,
            List<Finding> findings,
            OfferingStatus status,
            String reason,
            Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        if (version == 1) {
            jdbc.sql("""
                            insert into offering (id, provider_id, current_version, status, status_reason, created_at,
                              updated_at) values (:id, :provider, 1, :status, :reason, :now, :now)""")
                    .param("id", id.value())
                    .param("provider", provider.value())
                    .param("status", status.name())
                    .param("reason", reason)
                    .param("now", at)
                    .update();
        }
        jdbc.sql("""
                        insert into offering_version (offering_id, version, type, name, description, level,
                          study_load, study_load_unit, price_cents, vat_cents, eligible_cost_cents, modality, location,
                          start_dates, max_participants, fields_of_study, skills, recognised, created_at)
                        values (:id, :version, :type, :name, :description, :level, :load, :unit, :price, :vat,
                          :eligible, :modality, :location, :starts, :max, :fields, :skills, :recognised, :now)""")
                .param("id", id.value())
                .param("version", version)
                .param("type", d.type().name())
                .param("name", d.name())
                .param("description", d.description())
                .param("level", d.level())
                .param("load", d.studyLoad())
                .param("unit", d.studyLoadUnit().name())
                .param("price", d.priceCents())
                .param("vat", d.vatCents())
                .param("eligible", d.eligibleCostCents())
                .param("modality", d.modality().name())
                .param("location", d.location())
                .param(
                        "starts",
                        String.join(
                                ",",
                                d.startDates().stream().map(LocalDate::toString).toList()))
                .param("max", d.maxParticipants())
                .param("fields", String.join(",", d.fieldsOfStudy()))
                .param("skills", String.join(",", d.skills()))
                .param("recognised", d.recognised())
                .param("now", at)
                .update();
        for (Finding finding : findings) {
            jdbc.sql("insert into offering_finding (offering_id, version, rule_id, effect, explanation)"
                            + " values (:id, :version, :rule, :effect, :explanation)")
                    .param("id", id.value())
                    .param("version", version)
                    .param("rule", finding.ruleId())
                    .param("effect", finding.effect().name())
                    .param("explanation", finding.explanation())
                    .update();
        }
        if (version > 1) {
            jdbc.sql("update offering set current_version = :version, status = :status, status_reason = :reason,"
                            + " updated_at = :now where id = :id")
                    .param("id", id.value())
                    .param("version", version)
                    .param("status", status.name())
                    .param("reason", reason)
                    .param("now", at)
                    .update();
        }
    }

    @Override
    public void decide(OfferingId id, int version, OfferingStatus status, String reason, String reviewer, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.sql("insert into offering_decision (offering_id, version, decision, reason, reviewer, decided_at)"
                        + " values (:id, :version, :decision, :reason, :reviewer, :now)")
                .param("id", id.value())
                .param("version", version)
                .param("decision", status.name())
                .param("reason", reason)
                .param("reviewer", reviewer)
                .param("now", at)
                .update();
        jdbc.sql("update offering set status = :status, status_reason = :reason, updated_at = :now"
                        + " where id = :id and current_version = :version")
                .param("id", id.value())
                .param("version", version)
                .param("status", status.name())
                .param("reason", reason)
                .param("now", at)
                .update();
    }

    @Override
    public List<Long> admittedPricesPerHour(OfferingType type, int limit) {
        return jdbc.sql("""
                        select v.price_cents, v.study_load, v.study_load_unit from offering o
                        join offering_version v on v.offering_id = o.id and v.version = o.current_version
                        where o.status = 'ADMITTED' and v.type = :type and v.study_load > 0
                        order by o.updated_at desc limit :limit""")
                .param("type", type.name())
                .param("limit", limit)
                .query((rs, n) -> {
                    long hours = "EC".equals(rs.getString("study_load_unit"))
                            ? 28L * rs.getInt("study_load")
                            : rs.getInt("study_load");
                    return rs.getLong("price_cents") / Math.max(1, hours);
                })
                .list();
    }

    @Override
    public java.util.Map<OfferingId, OfferingType> types() {
        java.util.Map<OfferingId, OfferingType> types = new java.util.HashMap<>();
        jdbc.sql("""
                        select o.id, v.type from offering o
                        join offering_version v on v.offering_id = o.id and v.version = o.current_version""").query(rs -> {
            types.put(
                    new OfferingId(rs.getObject("id", java.util.UUID.class)),
                    OfferingType.valueOf(rs.getString("type")));
        });
        return types;
    }

    @Override
    public List<nl.leerbudget.register.OfferingSummary> summaries() {
        return jdbc.sql("""
                        select o.id, o.provider_id, p.name as provider_name, v.name, v.type, v.price_cents, o.status
                        from offering o
                        join offering_version v on v.offering_id = o.id and v.version = o.current_version
                        join provider p on p.id = o.provider_id""")
                .query((rs, n) -> new nl.leerbudget.register.OfferingSummary(
                        new OfferingId(rs.getObject("id", java.util.UUID.class)),
                        new ProviderId(rs.getObject("provider_id", java.util.UUID.class)),
                        rs.getString("provider_name"),
                        rs.getString("name"),
                        OfferingType.valueOf(rs.getString("type")),
                        rs.getLong("price_cents"),
                        OfferingStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private List<Finding> findings(OfferingId id, int version) {
        return jdbc.sql("select rule_id, effect, explanation from offering_finding where offering_id = :id"
                        + " and version = :version order by rule_id")
                .param("id", id.value())
                .param("version", version)
                .query((rs, n) -> new Finding(
                        rs.getString("rule_id"),
                        Finding.Effect.valueOf(rs.getString("effect")),
                        rs.getString("explanation")))
                .list();
    }

    static OfferingDetails details(ResultSet rs) throws SQLException {
        return new OfferingDetails(
                OfferingType.valueOf(rs.getString("type")),
                rs.getString("name"),
                rs.getString("description"),
                rs.getObject("level", Integer.class),
                rs.getInt("study_load"),
                OfferingDetails.StudyLoadUnit.valueOf(rs.getString("study_load_unit")),
                rs.getLong("price_cents"),
                rs.getLong("vat_cents"),
                rs.getLong("eligible_cost_cents"),
                OfferingDetails.Modality.valueOf(rs.getString("modality")),
                rs.getString("location"),
                split(rs.getString("start_dates")).stream()
                        .map(LocalDate::parse)
                        .toList(),
                rs.getObject("max_participants", Integer.class),
                split(rs.getString("fields_of_study")),
                split(rs.getString("skills")),
                rs.getBoolean("recognised"));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(",", -1));
    }
}
