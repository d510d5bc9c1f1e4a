package nl.leerbudget.ledger.persistence;

import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.domain.Commands;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCommands implements Commands {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcCommands(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public Map<CommandId, String> fingerprints(Collection<CommandId> ids) {
        Map<CommandId, String> found = new HashMap<>();
        Sql.chunked(
                        ids.stream().map(CommandId::value).distinct().toList(),
                        chunk -> jdbc.sql("select id, fingerprint from ledger_command where id in (:ids)")
                                .param("ids", chunk)
                                .query((rs, n) -> Map.entry(
                                        new CommandId(Sql.requiredUuid(rs, "id")), rs.getString("fingerprint")))
                                .list())
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    @Override
    public void insert(Map<CommandId, String> fingerprints, Instant executedAt) {
        List<Map.Entry<CommandId, String>> rows = List.copyOf(fingerprints.entrySet());
        template.batchUpdate(
                "insert into ledger_command (id, fingerprint, executed_at) values (?, ?, ?)", rows, 1000, (ps, row) -> {
                    ps.setObject(1, row.getKey().value());
                    ps.setString(2, row.getValue());
                    ps.setObject(3, Sql.timestamp(executedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                });
    }
}
