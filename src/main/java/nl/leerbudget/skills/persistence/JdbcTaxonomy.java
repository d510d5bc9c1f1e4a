package nl.leerbudget.skills.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerbudget.platform.jdbc.BulkInsert;
import nl.leerbudget.platform.jdbc.InLists;
import nl.leerbudget.shared.TimeOrderedIds;
import nl.leerbudget.skills.domain.Broader;
import nl.leerbudget.skills.domain.Concept;
import nl.leerbudget.skills.domain.ConceptKind;
import nl.leerbudget.skills.domain.Relation;
import nl.leerbudget.skills.domain.Taxonomy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ESCO tables (V25). New rows go in through {@link BulkInsert} ({@code COPY} on PostgreSQL, JDBC batches on H2);
 * changes and removals as JDBC batches. Label searches look in {@code esco_label.search_text} with {@code LIKE}: a few
 * thousand occupations are read faster than an index of their words is kept.
 */
@Repository
class JdbcTaxonomy implements Taxonomy {

    private static final int BATCH = 1_000;
    private static final List<String> CONCEPT_COLUMNS =
            List.of("uri", "kind", "code", "isco_group", "skill_type", "reuse_level", "fingerprint");
    private static final List<String> LABEL_COLUMNS =
            List.of("uri", "language", "preferred", "alternatives", "search_text");

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final BulkInsert bulk;

    JdbcTaxonomy(JdbcClient jdbc, JdbcTemplate batches, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.bulk = bulk;
    }

    // ---------------------------------------------------------------- the import

    @Override
    public Map<String, Stored> concepts() {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql("select uri, kind, fingerprint from esco_concept").query((ResultSet rs) -> {
            stored.put(rs.getString(1), new Stored(ConceptKind.valueOf(rs.getString(2)), rs.getString(3)));
        });
        return stored;
    }

    @Override
    public Map<String, Boolean> relations() {
        Map<String, Boolean> stored = new HashMap<>();
        jdbc.sql("select occupation_uri, skill_uri, relation from esco_occupation_skill")
                .query((ResultSet rs) -> {
                    stored.put(
                            rs.getString(1) + " " + rs.getString(2),
                            rs.getString(3).equals("essential"));
                });
        return stored;
    }

    @Override
    public Set<Broader> broader() {
        Set<Broader> stored = new HashSet<>();
        jdbc.sql("select uri, broader_uri from esco_broader").query((ResultSet rs) -> {
            stored.add(new Broader(rs.getString(1), rs.getString(2)));
        });
        return stored;
    }

    @Override
    public void insertConcepts(Collection<Concept> concepts) {
        List<Object[]> rows = new ArrayList<>(concepts.size());
        List<Object[]> labels = new ArrayList<>();
        for (Concept c : concepts) {
            rows.add(new Object[] {
                c.uri(), c.kind().name(), c.code(), c.iscoGroup(), c.skillType(), c.reuseLevel(), c.fingerprint()
            });
            c.labels()
                    .forEach((language, l) -> labels.add(new Object[] {
                        c.uri(), language, l.preferred(), String.join("\n", l.alternatives()), l.searchText()
                    }));
        }
        bulk.into("esco_concept", CONCEPT_COLUMNS, rows);
        bulk.into("esco_label", LABEL_COLUMNS, labels);
    }

    @Override
    public void updateConcepts(Collection<Concept> concepts) {
        if (concepts.isEmpty()) {
            return;
        }
        batches.batchUpdate(
                "update esco_concept set kind = ?, code = ?, isco_group = ?, skill_type = ?, reuse_level = ?,"
                        + " fingerprint = ? where uri = ?",
                List.copyOf(concepts),
                BATCH,
                (PreparedStatement ps, Concept c) -> {
                    ps.setString(1, c.kind().name());
                    ps.setString(2, c.code());
                    ps.setString(3, c.iscoGroup());
                    ps.setString(4, c.skillType());
                    ps.setString(5, c.reuseLevel());
                    ps.setString(6, c.fingerprint());
                    ps.setString(7, c.uri());
                });
        List<String> uris = concepts.stream().map(Concept::uri).toList();
        batches.batchUpdate(
                "delete from esco_label where uri = ?",
                uris,
                BATCH,
                (PreparedStatement ps, String uri) -> ps.setString(1, uri));
        List<Object[]> labels = new ArrayList<>();
        for (Concept c : concepts) {
            c.labels()
                    .forEach((language, l) -> labels.add(new Object[] {
                        c.uri(), language, l.preferred(), String.join("\n", l.alternatives()), l.searchText()
                    }));
        }
        bulk.into("esco_label", LABEL_COLUMNS, labels);
    }

    @Override
    public void deleteConcepts(Collection<String> uris) {
        if (uris.isEmpty()) {
            return;
        }
        List<String> all = List.copyOf(uris);
        for (String sql : List.of(
                "delete from esco_occupation_skill where occupation_uri = ?",
                "delete from esco_occupation_skill where skill_uri = ?",
                "delete from esco_broader where uri = ?",
                "delete from esco_broader where broader_uri = ?",
                "delete from esco_label where uri = ?",
                "delete from esco_concept where uri = ?")) {
            batches.batchUpdate(sql, all, BATCH, (PreparedStatement ps, String uri) -> ps.setString(1, uri));
        }
    }

    @Override
    public void insertRelations(Collection<Relation> relations) {
        bulk.into(
                "esco_occupation_skill",
                List.of("occupation_uri", "skill_uri", "relation"),
                relations.stream()
                        .map(r -> new Object[] {r.occupation(), r.skill(), r.relationType()})
                        .toList());
    }

    @Override
    public void updateRelations(Collection<Relation> relations) {
        batches.batchUpdate(
                "update esco_occupation_skill set relation = ? where occupation_uri = ? and skill_uri = ?",
                List.copyOf(relations),
                BATCH,
                (PreparedStatement ps, Relation r) -> {
                    ps.setString(1, r.relationType());
                    ps.setString(2, r.occupation());
                    ps.setString(3, r.skill());
                });
    }

    @Override
    public void deleteRelations(Collection<Relation> relations) {
        batches.batchUpdate(
                "delete from esco_occupation_skill where occupation_uri = ? and skill_uri = ?",
                List.copyOf(relations),
                BATCH,
                (PreparedStatement ps, Relation r) -> {
                    ps.setString(1, r.occupation());
                    ps.setString(2, r.skill());
                });
    }

    @Override
    public void insertBroader(Collection<Broader> broader) {
        bulk.into(
                "esco_broader",
                List.of("uri", "broader_uri"),
                broader.stream()
                        .map(b -> new Object[] {b.uri(), b.broaderUri()})
                        .toList());
    }

    @Override
    public void deleteBroader(Collection<Broader> broader) {
        batches.batchUpdate(
                "delete from esco_broader where uri = ? and broader_uri = ?",
                List.copyOf(broader),
                BATCH,
                (PreparedStatement ps, Broader b) -> {
                    ps.setString(1, b.uri());
                    ps.setString(2, b.broaderUri());
                });
    }

    @Override
    public void recordImport(
            String version, Instant startedAt, Instant finishedAt, String by, String changes, String skipped) {
        jdbc.sql("""
                insert into esco_import (id, version, started_at, finished_at, imported_by, changes, skipped)
                values (:id, :version, :started, :finished, :by, :changes, :skipped)""")
                .param("id", TimeOrderedIds.next())
                .param("version", version)
                .param("started", OffsetDateTime.ofInstant(startedAt, java.time.ZoneOffset.UTC))
                .param("finished", OffsetDateTime.ofInstant(finishedAt, java.time.ZoneOffset.UTC))
                .param("by", by)
                .param("changes", changes)
                .param("skipped", skipped.length() > 2000 ? skipped.substring(0, 1997) + "..." : skipped)
                .update();
    }

    @Override
    public Optional<LastImport> lastImport() {
        return jdbc.sql("select version, finished_at, changes, skipped from esco_import"
                        + " order by finished_at desc, id desc limit 1")
                .query((rs, n) -> new LastImport(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public long count(ConceptKind kind) {
        return jdbc.sql("select count(*) from esco_concept where kind = :kind")
                .param("kind", kind.name())
                .query(Long.class)
                .single();
    }

    @Override
    public long relationCount() {
        return jdbc.sql("select count(*) from esco_occupation_skill")
                .query(Long.class)
                .single();
    }

    @Override
    public long broaderCount() {
        return jdbc.sql("select count(*) from esco_broader").query(Long.class).single();
    }

    @Override
    public List<Label> searchOccupations(String language, List<String> words, int limit) {
        return search(ConceptKind.OCCUPATION, List.of(language), words, limit);
    }

    @Override
    public List<Label> searchSkills(String language, List<String> words, int limit) {
        return search(ConceptKind.SKILL, language.equals("en") ? List.of("en") : List.of(language, "en"), words, limit);
    }

    private List<Label> search(ConceptKind kind, List<String> languages, List<String> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("c.kind = :kind and l.language in (:languages)");
        params.put("kind", kind.name());
        params.put("languages", languages);
        params.put("limit", limit * languages.size());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and l.search_text like :w").append(i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
        params.put("starts", String.join(" ", words) + "%");
        params.put("inPreferred", "%" + String.join(" ", words) + "%");
        List<Label> found = jdbc.sql("select l.uri, l.language, l.preferred, c.skill_type from esco_label l"
                        + " join esco_concept c on c.uri = l.uri where " + where
                        + " order by case when l.search_text like :starts then 0"
                        + " when lower(l.preferred) like :inPreferred then 1 else 2 end,"
                        + " length(l.preferred), l.preferred, l.uri limit :limit")
                .params(params)
                .query((rs, n) -> label(rs, kind))
                .list();
        // One label per concept: the first language asked for that has one.
        Map<String, Label> one = new java.util.LinkedHashMap<>();
        for (Label label : found) {
            Label known = one.get(label.uri());
            if (known == null || languages.indexOf(label.language()) < languages.indexOf(known.language())) {
                one.put(label.uri(), label);
            }
        }
        return one.values().stream().limit(limit).toList();
    }

    @Override
    public Map<String, Label> labels(Collection<String> uris, String language) {
        Map<String, Label> found = new HashMap<>();
        InLists.chunked(
                        uris,
                        chunk -> jdbc.sql("select l.uri, l.language, l.preferred, c.skill_type, c.kind"
                                        + " from esco_label l join esco_concept c on c.uri = l.uri"
                                        + " where l.uri in (:uris) and l.language in (:languages)")
                                .param("uris", chunk)
                                .param("languages", List.of(language, "en"))
                                .query((rs, n) -> label(rs, ConceptKind.valueOf(rs.getString(5))))
                                .list())
                .forEach(label -> {
                    Label known = found.get(label.uri());
                    if (known == null || label.language().equals(language)) {
                        found.put(label.uri(), label);
                    }
                });
        return found;
    }

    @Override
    public List<Requirement> requirements(String occupation, String language) {
        List<Relation> relations = jdbc.sql(
                        "select skill_uri, relation from esco_occupation_skill where occupation_uri = :occupation")
                .param("occupation", occupation)
                .query((rs, n) -> new Relation(
                        occupation, rs.getString(1), rs.getString(2).equals("essential")))
                .list();
        Map<String, Label> labels =
                labels(relations.stream().map(Relation::skill).toList(), language);
        return relations.stream()
                .filter(r -> labels.containsKey(r.skill()))
                .map(r -> new Requirement(java.util.Objects.requireNonNull(labels.get(r.skill())), r.essential()))
                .toList();
    }

    @Override
    public Set<String> skillsOf(Collection<String> occupations) {
        if (occupations.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select skill_uri from esco_occupation_skill where occupation_uri in (:uris)")
                .param("uris", List.copyOf(occupations))
                .query(String.class)
                .list());
    }

    @Override
    public Set<String> essentialSkillsOf(String occupation) {
        return new HashSet<>(jdbc.sql("select skill_uri from esco_occupation_skill where occupation_uri = :uri"
                        + " and relation = 'essential'")
                .param("uri", occupation)
                .query(String.class)
                .list());
    }

    @Override
    public Set<String> iscoGroupsAsking(Collection<String> skills) {
        if (skills.isEmpty()) {
            return Set.of();
        }
        Set<String> groups = new HashSet<>();
        InLists.chunked(
                        List.copyOf(skills),
                        chunk -> jdbc.sql("""
                                        select distinct c.isco_group from esco_occupation_skill s
                                        join esco_concept c on c.uri = s.occupation_uri
                                        where s.skill_uri in (:skills) and s.relation = 'essential'
                                          and c.isco_group is not null""")
                                .param("skills", chunk)
                                .query(String.class)
                                .list())
                .forEach(groups::add);
        return groups;
    }

    private static Label label(ResultSet rs, ConceptKind kind) throws SQLException {
        return new Label(
                rs.getString("uri"),
                kind,
                rs.getString("language"),
                rs.getString("preferred"),
                rs.getString("skill_type"));
    }
}
