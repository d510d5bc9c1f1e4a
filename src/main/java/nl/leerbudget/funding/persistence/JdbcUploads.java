package nl.leerbudget.funding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.funding.DepositTerms;
import nl.leerbudget.funding.RelationEndRule;
import nl.leerbudget.funding.domain.CheckedFile;
import nl.leerbudget.funding.domain.Uploads;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.ExpiryRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUploads implements Uploads {

    private static final String META = "id, funder_account_id, file_name, file_sha256, label, cond_offering_types,"
            + " cond_recognised_only, cond_sectors, valid_from, valid_until, expiry_rule, line_count, problem_count,"
            + " total_cents, command_id, created_by, created_at, deposited_at, cond_levels, cond_occupations,"
            + " cond_providers, on_relation_end";

    private final JdbcClient jdbc;

    JdbcUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Stored u) {
        jdbc.sql("insert into funding_upload (" + META + ", lines_text, problems_text) values (:id, :funder,"
                        + " :fileName, :sha, :label, :types, :recognised, :sectors, :validFrom, :validUntil, :rule,"
                        + " :lines, :problems, :total, :command, :createdBy, :createdAt, null, :levels, :occupations,"
                        + " :providers, :relationEnd, :linesText,"
                        + " :problemsText)")
                .param("id", u.id())
                .param("funder", u.funder().value())
                .param("fileName", u.fileName())
                .param("sha", u.sha256())
                .param("label", u.terms().label())
                .param("types", Columns.types(u.terms().conditions()))
                .param("recognised", u.terms().conditions().recognisedOnly())
                .param("sectors", Columns.sectors(u.terms().conditions()))
                .param("levels", Columns.levels(u.terms().conditions()))
                .param("occupations", Columns.occupations(u.terms().conditions()))
                .param("providers", Columns.providers(u.terms().conditions()))
                .param("relationEnd", u.terms().onRelationEnd().name())
                .param("validFrom", u.terms().validFrom())
                .param("validUntil", u.terms().validUntil())
                .param("rule", u.terms().expiryRule().name())
                .param("lines", u.checked().rows())
                .param("problems", u.checked().problems().size())
                .param("total", u.checked().total().cents())
                .param("command", u.command().value())
                .param("createdBy", u.createdBy())
                .param("createdAt", Timestamp.from(u.createdAt()))
                .param("linesText", u.checked().linesText())
                .param("problemsText", u.checked().problemsText())
                .update();
    }

    @Override
    public Optional<Stored> find(UUID id) {
        return jdbc.sql("select " + META + ", lines_text, problems_text from funding_upload where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, rs.getString("lines_text"), rs.getString("problems_text")))
                .optional();
    }

    @Override
    public Optional<Stored> lock(UUID id) {
        return jdbc.sql("select " + META + ", lines_text, problems_text from funding_upload where id = :id for update")
                .param("id", id)
                .query((rs, n) -> map(rs, rs.getString("lines_text"), rs.getString("problems_text")))
                .optional();
    }

    @Override
    public void markDeposited(UUID id, Instant at) {
        jdbc.sql("update funding_upload set deposited_at = :at where id = :id and deposited_at is null")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public Optional<Instant> depositedBefore(AccountId funder, String sha256) {
        return jdbc.sql("select min(deposited_at) as first from funding_upload where funder_account_id = :funder"
                        + " and file_sha256 = :sha and deposited_at is not null")
                .param("funder", funder.value())
                .param("sha", sha256)
                .query((rs, n) -> Optional.ofNullable(Columns.instant(rs, "first")))
                .single();
    }

    @Override
    public List<Stored> recent(AccountId funder, int limit) {
        return jdbc.sql("select " + META + " from funding_upload where funder_account_id = :funder"
                        + " order by created_at desc limit :limit")
                .param("funder", funder.value())
                .param("limit", limit)
                .query((rs, n) -> map(rs, "", ""))
                .list();
    }

    private static Stored map(ResultSet rs, String lines, String problems) throws SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                new AccountId(rs.getObject("funder_account_id", UUID.class)),
                rs.getString("file_name"),
                rs.getString("file_sha256"),
                CheckedFile.read(lines, problems, rs.getLong("total_cents"), rs.getInt("line_count")),
                new DepositTerms(
                        rs.getString("label"),
                        Columns.conditions(rs),
                        Columns.date(rs, "valid_from"),
                        Columns.date(rs, "valid_until"),
                        ExpiryRule.valueOf(rs.getString("expiry_rule")),
                        RelationEndRule.valueOf(rs.getString("on_relation_end"))),
                new CommandId(rs.getObject("command_id", UUID.class)),
                rs.getString("created_by"),
                Objects.requireNonNull(Columns.instant(rs, "created_at")),
                Columns.instant(rs, "deposited_at"));
    }
}
