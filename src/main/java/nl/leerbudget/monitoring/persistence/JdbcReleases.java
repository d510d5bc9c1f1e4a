package nl.leerbudget.monitoring.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.leerbudget.monitoring.DisclosureRule;
import nl.leerbudget.monitoring.domain.CellKey;
import nl.leerbudget.monitoring.domain.Releases;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReleases implements Releases {

    private final JdbcClient jdbc;

    JdbcReleases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Release> latest(String tableId) {
        Optional<Object[]> head = jdbc.sql("""
                        select version, released_at from statistics_release where table_id = :t
                        order by version desc fetch first 1 rows only""")
                .param("t", tableId)
                .query((rs, n) -> new Object[] {
                    rs.getInt("version"),
                    rs.getObject("released_at", OffsetDateTime.class).toInstant()
                })
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        int version = (Integer) head.get()[0];
        Map<CellKey, DisclosureRule> hidden = new LinkedHashMap<>();
        jdbc.sql("""
                        select row_label, column_label, rule_id from statistics_release_cell
                        where table_id = :t and version = :v order by row_label, column_label""").param("t", tableId).param("v", version).query(rs -> {
            hidden.put(
                    new CellKey(rs.getString("row_label"), rs.getString("column_label")),
                    DisclosureRule.byId(rs.getString("rule_id")));
        });
        return Optional.of(new Release(tableId, version, (Instant) head.get()[1], hidden));
    }

    @Override
    public boolean add(
            String tableId, int version, Instant releasedAt, String policyId, Map<CellKey, DisclosureRule> hidden) {
        try {
            jdbc.sql("""
                            insert into statistics_release (table_id, version, released_at, policy_id, hidden_cells)
                            values (:t, :v, :at, :policy, :n)""")
                    .param("t", tableId)
                    .param("v", version)
                    .param("at", releasedAt.atOffset(ZoneOffset.UTC))
                    .param("policy", policyId)
                    .param("n", hidden.size())
                    .update();
        } catch (DuplicateKeyException raced) {
            return false;
        }
        for (Map.Entry<CellKey, DisclosureRule> cell : hidden.entrySet()) {
            jdbc.sql("""
                            insert into statistics_release_cell (table_id, version, row_label, column_label, rule_id)
                            values (:t, :v, :r, :c, :rule)""")
                    .param("t", tableId)
                    .param("v", version)
                    .param("r", cell.getKey().row())
                    .param("c", cell.getKey().column())
                    .param("rule", cell.getValue().id())
                    .update();
        }
        return true;
    }
}
