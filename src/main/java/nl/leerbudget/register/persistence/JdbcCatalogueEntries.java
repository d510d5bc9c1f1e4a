package nl.leerbudget.register.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.register.CatalogueHit;
import nl.leerbudget.register.CatalogueQuery;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.SkillCoverage;
import nl.leerbudget.register.domain.CatalogueEntries;
import nl.leerbudget.register.domain.CatalogueEntry;
import nl.leerbudget.register.domain.FacetCell;
import nl.leerbudget.register.domain.TermMatch;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue in two tables: {@code catalogue_entry} (one row per admitted offering, with what lists show and
 * filters look at) and {@code catalogue_term} (its terms, each with a copy of the entry's facet columns, so that
 * everything a search needs of the entries with a term is in that term's rows). All SQL is plain SQL both databases
 * run; PostgreSQL gets a covering index on the terms (V7_1), so that a term's rows are read from the index alone.
 *
 * <p>A search asks for the facet cells of what matches its terms (one {@code GROUP BY} over the term's rows, or over
 * the entries without words), sums them in Java for the total and the facets ({@link FacetCounts}), and then asks for
 * one page of offering ids in rank order and the entries of those ids.
 */
@Repository
class JdbcCatalogueEntries implements CatalogueEntries {

    private static final String HIT_COLUMNS = "e.offering_id, e.provider_id, e.provider_name, e.name, e.summary,"
            + " e.type, e.level, e.modality, e.location, e.price_cents, e.recognised, e.bookable";

    private static final String FACET_COLUMNS = "type, level, modality, price_band, recognised, location";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    JdbcCatalogueEntries(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    // ---------------------------------------------------------------- keeping it in line with the register

    @Override
    public void refresh(Collection<OfferingId> offerings) {
        if (offerings.isEmpty()) {
            return;
        }
        List<UUID> ids = offerings.stream().map(OfferingId::value).distinct().toList();
        // Rows of the register first, always in id order: a writer of the register holds them already.
        jdbc.sql("select id from offering where id in (:ids) order by id for update")
                .param("ids", ids)
                .query(UUID.class)
                .list();
        // Then the catalogue's one state row: its writers take turns (register changes are few and short), and every
        // change raises the generation that kept counts are keyed by.
        jdbc.sql("update catalogue_state set generation = generation + 1 where id = 1")
                .update();
        record Indexed(CatalogueEntry entry, List<String> skills) {}
        List<Indexed> indexed = jdbc.sql("select o.id, o.provider_id, o.updated_at, p.name as provider_name,"
                        + " p.status as provider_status, " + JdbcOfferings.VERSION_COLUMNS
                        + " from offering o join offering_version v on v.offering_id = o.id"
                        + " and v.version = o.current_version join provider p on p.id = o.provider_id"
                        + " where o.id in (:ids) and o.status = 'ADMITTED'")
                .param("ids", ids)
                .query((rs, n) -> {
                    var details = JdbcOfferings.details(rs);
                    return new Indexed(
                            CatalogueEntry.of(
                                    new OfferingId(rs.getObject("id", UUID.class)),
                                    new ProviderId(rs.getObject("provider_id", UUID.class)),
                                    rs.getString("provider_name"),
                                    ProviderStatus.valueOf(rs.getString("provider_status")),
                                    details,
                                    rs.getObject("updated_at", OffsetDateTime.class)
                                            .toInstant()),
                            details.skills());
                })
                .list();
        List<CatalogueEntry> entries = indexed.stream().map(Indexed::entry).toList();
        jdbc.sql("delete from catalogue_term where offering_id in (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("delete from catalogue_skill where offering_id in (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("delete from catalogue_entry where offering_id in (:ids)")
                .param("ids", ids)
                .update();
        insert(entries);
        List<Object[]> tags = new ArrayList<>();
        indexed.forEach(i -> i.skills().stream()
                .distinct()
                .forEach(skill ->
                        tags.add(new Object[] {skill, i.entry().offering().value()})));
        batches.batchUpdate("insert into catalogue_skill (skill_uri, offering_id) values (?, ?)", tags);
    }

    @Override
    public void refreshProvider(ProviderId provider) {
        refresh(jdbc.sql("select id from offering where provider_id = :provider")
                .param("provider", provider.value())
                .query((rs, n) -> new OfferingId(rs.getObject("id", UUID.class)))
                .list());
    }

    private void insert(List<CatalogueEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into catalogue_entry (offering_id, provider_id, provider_name, name, summary, type, level,
                  modality, location, price_cents, price_band, recognised, bookable, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (PreparedStatement ps, CatalogueEntry e) -> {
            ps.setObject(1, e.offering().value());
            ps.setObject(2, e.provider().value());
            ps.setString(3, e.providerName());
            ps.setString(4, e.name());
            ps.setString(5, e.summary());
            ps.setString(6, e.type().name());
            if (e.level() == null) {
                ps.setNull(7, Types.INTEGER);
            } else {
                ps.setInt(7, e.level());
            }
            ps.setString(8, e.modality().name());
            ps.setString(9, e.location());
            ps.setLong(10, e.priceCents());
            ps.setShort(11, (short) e.priceBand().ordinal());
            ps.setBoolean(12, e.recognised());
            ps.setBoolean(13, e.bookable());
            ps.setObject(14, OffsetDateTime.ofInstant(e.updatedAt(), ZoneOffset.UTC));
        });
        record Term(String term, CatalogueEntry entry, boolean inName) {}
        List<Term> terms = new ArrayList<>();
        for (CatalogueEntry e : entries) {
            e.nameTerms().forEach(term -> terms.add(new Term(term, e, true)));
            e.otherTerms().forEach(term -> terms.add(new Term(term, e, false)));
        }
        batches.batchUpdate("""
                insert into catalogue_term (term, offering_id, in_name, updated_at, type, level, modality, location,
                  price_cents, price_band, recognised)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", terms, terms.size(), (PreparedStatement ps, Term t) -> {
            CatalogueEntry e = t.entry();
            ps.setString(1, t.term());
            ps.setObject(2, e.offering().value());
            ps.setBoolean(3, t.inName());
            ps.setObject(4, OffsetDateTime.ofInstant(e.updatedAt(), ZoneOffset.UTC));
            ps.setString(5, e.type().name());
            if (e.level() == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setInt(6, e.level());
            }
            ps.setString(7, e.modality().name());
            ps.setString(8, e.location());
            ps.setLong(9, e.priceCents());
            ps.setShort(10, (short) e.priceBand().ordinal());
            ps.setBoolean(11, e.recognised());
        });
    }

    @Override
    public List<OfferingId> offeringsAfter(@Nullable OfferingId after, int limit) {
        return jdbc.sql("select id from offering" + (after == null ? "" : " where id > :after")
                        + " order by id limit :limit")
                .params(after == null ? Map.of("limit", limit) : Map.of("after", after.value(), "limit", limit))
                .query((rs, n) -> new OfferingId(rs.getObject("id", UUID.class)))
                .list();
    }

    @Override
    public long generation() {
        return jdbc.sql("select generation from catalogue_state where id = 1")
                .query(Long.class)
                .single();
    }

    @Override
    public String analysis() {
        return jdbc.sql("select analysis from catalogue_state where id = 1")
                .query(String.class)
                .single();
    }

    @Override
    public void markAnalysed(String version) {
        jdbc.sql("update catalogue_state set analysis = :version, generation = generation + 1 where id = 1")
                .param("version", version)
                .update();
    }

    // ---------------------------------------------------------------- searching

    @Override
    public List<FacetCell> cells(
            TermMatch match, Set<String> skills, @Nullable Long minPriceCents, @Nullable Long maxPriceCents) {
        Map<String, Object> params = new HashMap<>();
        List<String> range = new ArrayList<>();
        if (minPriceCents != null) {
            range.add("price_cents >= :minPrice");
            params.put("minPrice", minPriceCents);
        }
        if (maxPriceCents != null) {
            range.add("price_cents <= :maxPrice");
            params.put("maxPrice", maxPriceCents);
        }
        String inRange = range.isEmpty() ? "" : ", case when " + String.join(" and ", range) + " then 1 else 0 end";
        // By position: PostgreSQL does not take the range's parameters in SELECT and GROUP BY for one expression.
        String groupBy = range.isEmpty() ? "1, 2, 3, 4, 5, 6" : "1, 2, 3, 4, 5, 6, 7";
        String sql;
        String tagged = "";
        if (!skills.isEmpty()) {
            params.put("skills", List.copyOf(skills));
            tagged = " exists (select 1 from catalogue_skill s where s.offering_id = %s.offering_id"
                    + " and s.skill_uri in (:skills))";
        }
        if (match.isEverything()) {
            sql = "select " + FACET_COLUMNS + inRange + ", count(*) as n from catalogue_entry e"
                    + (tagged.isEmpty() ? "" : " where" + tagged.formatted("e")) + " group by " + groupBy;
        } else {
            // An entry has each term once, so count(*) counts entries, unless the first group has several terms.
            String count = match.groups().getFirst().size() == 1 ? "count(*)" : "count(distinct t.offering_id)";
            String columns = prefixed("t.", FACET_COLUMNS) + inRange.replace("price_cents", "t.price_cents");
            sql = "select " + columns + ", " + count + " as n from catalogue_term t where " + terms(match, params)
                    + (tagged.isEmpty() ? "" : " and" + tagged.formatted("t")) + " group by " + groupBy;
        }
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new FacetCell(
                        OfferingType.valueOf(rs.getString(1)),
                        rs.getObject(2, Integer.class),
                        Modality.valueOf(rs.getString(3)),
                        PriceBand.values()[rs.getInt(4)],
                        rs.getBoolean(5),
                        rs.getString(6),
                        range.isEmpty() || rs.getInt(7) == 1,
                        rs.getLong("n")))
                .list();
    }

    @Override
    public List<String> termsStartingWith(String prefix, int limit) {
        String end = prefixEnd(prefix);
        return jdbc.sql("select distinct term from catalogue_term where term >= :prefix"
                        + (end == null ? "" : " and term < :end") + " order by term limit :limit")
                .params(
                        end == null
                                ? Map.of("prefix", prefix, "limit", limit)
                                : Map.of("prefix", prefix, "end", end, "limit", limit))
                .query((rs, n) -> rs.getString(1))
                .list();
    }

    @Override
    public List<CatalogueHit> hits(TermMatch match, CatalogueQuery query) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", query.pageSize());
        params.put("offset", (long) (query.page() - 1) * query.pageSize());
        String sql;
        if (match.isEverything()) {
            sql = "select e.offering_id from catalogue_entry e" + where(filters("e.", query, params))
                    + " order by e.updated_at desc, e.offering_id desc limit :limit offset :offset";
        } else {
            List<String> and = new ArrayList<>();
            and.add(terms(match, params));
            and.addAll(filters("t.", query, params));
            if (match.groups().getFirst().size() == 1) {
                // With one term the order is that of the term's index: name first, then the newest.
                String score = match.groups().size() == 1 ? "t.in_name desc" : score(match, params) + " desc";
                sql = "select t.offering_id from catalogue_term t" + where(and) + " order by " + score
                        + ", t.updated_at desc, t.offering_id desc limit :limit offset :offset";
            } else {
                sql = "select t.offering_id from catalogue_term t" + where(and)
                        + " group by t.offering_id order by max(" + score(match, params)
                        + ") desc, max(t.updated_at) desc, t.offering_id desc limit :limit offset :offset";
            }
        }
        List<UUID> ids = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CatalogueHit> found = new HashMap<>();
        jdbc.sql("select " + HIT_COLUMNS + " from catalogue_entry e where e.offering_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> hit(rs))
                .list()
                .forEach(hit -> found.put(hit.offering().value(), hit));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<SkillCoverage> covering(Collection<String> skills, int limit) {
        if (skills.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("select offering_id from catalogue_skill where skill_uri in (:skills)"
                        + " group by offering_id order by count(*) desc, offering_id limit :limit")
                .param("skills", List.copyOf(skills))
                .param("limit", limit)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<String>> tagged = new HashMap<>();
        jdbc.sql("select offering_id, skill_uri from catalogue_skill where offering_id in (:ids)"
                        + " and skill_uri in (:skills)")
                .param("ids", ids)
                .param("skills", List.copyOf(skills))
                .query((ResultSet rs) -> {
                    tagged.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>())
                            .add(rs.getString(2));
                });
        Map<UUID, CatalogueHit> found = new HashMap<>();
        jdbc.sql("select " + HIT_COLUMNS + " from catalogue_entry e where e.offering_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> hit(rs))
                .list()
                .forEach(hit -> found.put(hit.offering().value(), hit));
        List<SkillCoverage> coverage = new ArrayList<>();
        for (UUID id : ids) {
            CatalogueHit hit = found.get(id);
            if (hit != null) {
                coverage.add(new SkillCoverage(hit, tagged.getOrDefault(id, Set.of())));
            }
        }
        return coverage;
    }

    /**
     * The rows of the first group's terms ({@code t}) whose entry also has a term of every other group. Terms go into
     * the SQL as parameters.
     */
    private static String terms(TermMatch match, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        for (int i = 0; i < match.groups().size(); i++) {
            params.put("terms" + i, match.groups().get(i));
            if (i == 0) {
                and.add("t.term in (:terms0)");
            } else {
                and.add("exists (select 1 from catalogue_term x" + i + " where x" + i + ".offering_id = t.offering_id"
                        + " and x" + i + ".term in (:terms" + i + "))");
            }
        }
        return String.join(" and ", and);
    }

    /** How many groups have their term in the entry's name. */
    private static String score(TermMatch match, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add("case when t.in_name then 1 else 0 end");
        for (int i = 1; i < match.groups().size(); i++) {
            params.put("terms" + i, match.groups().get(i));
            parts.add("case when exists (select 1 from catalogue_term n" + i + " where n" + i + ".offering_id"
                    + " = t.offering_id and n" + i + ".term in (:terms" + i + ") and n" + i + ".in_name) then 1 else 0"
                    + " end");
        }
        return "(" + String.join(" + ", parts) + ")";
    }

    /** The query's filters on the columns of {@code alias} (entry and term rows have the same facet columns). */
    private static List<String> filters(String alias, CatalogueQuery query, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        if (!query.types().isEmpty()) {
            and.add(alias + "type in (:types)");
            params.put("types", query.types().stream().map(Enum::name).sorted().toList());
        }
        if (!query.levels().isEmpty()) {
            and.add(alias + "level in (:levels)");
            params.put("levels", query.levels().stream().sorted().toList());
        }
        if (!query.modalities().isEmpty()) {
            and.add(alias + "modality in (:modalities)");
            params.put(
                    "modalities",
                    query.modalities().stream().map(Enum::name).sorted().toList());
        }
        if (query.location() != null) {
            and.add(alias + "location = :location");
            params.put("location", query.location());
        }
        if (query.minPriceCents() != null) {
            and.add(alias + "price_cents >= :minPrice");
            params.put("minPrice", query.minPriceCents());
        }
        if (query.maxPriceCents() != null) {
            and.add(alias + "price_cents <= :maxPrice");
            params.put("maxPrice", query.maxPriceCents());
        }
        if (query.recognised() != null) {
            and.add(alias + "recognised = :recognised");
            params.put("recognised", query.recognised());
        }
        if (!query.skills().isEmpty()) {
            and.add("exists (select 1 from catalogue_skill s where s.offering_id = " + alias
                    + "offering_id and s.skill_uri in (:skills))");
            params.put("skills", query.skills().stream().sorted().toList());
        }
        return and;
    }

    private static String where(List<String> and) {
        return and.isEmpty() ? "" : " where " + String.join(" and ", and);
    }

    private static String prefixed(String alias, String columns) {
        return alias + columns.replace(", ", ", " + alias);
    }

    private static CatalogueHit hit(ResultSet rs) throws SQLException {
        return new CatalogueHit(
                new OfferingId(rs.getObject("offering_id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                rs.getString("provider_name"),
                rs.getString("name"),
                rs.getString("summary"),
                OfferingType.valueOf(rs.getString("type")),
                rs.getObject("level", Integer.class),
                Modality.valueOf(rs.getString("modality")),
                rs.getString("location"),
                rs.getLong("price_cents"),
                rs.getBoolean("recognised"),
                rs.getBoolean("bookable"));
    }

    /**
     * The least string above every term that starts with {@code prefix}, or null when there is none (all 'z'): terms
     * are {@code [0-9a-z]} and sort bytewise, so the prefix's last character that is not 'z' goes up by one.
     */
    static @Nullable String prefixEnd(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            char c = prefix.charAt(i);
            if (c != 'z') {
                return prefix.substring(0, i) + (char) (c + 1);
            }
        }
        return null;
    }
}
