package nl.leerbudget.rights.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.rights.domain.BatchRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBatchRuns implements BatchRuns {

    private final JdbcClient jdbc;

    JdbcBatchRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Run start(String fileSha256, String fileName, String policyId, int chunkSize, Instant now) {
        jdbc.sql("""
                insert into rights_batch_run (id, file_sha256, file_name, policy_id, chunk_size, started_at)
                values (:id, :sha, :name, :policy, :chunkSize, :now) on conflict do nothing""")
                .param("id", UUID.randomUUID())
                .param("sha", fileSha256)
                .param("name", fileName.length() > 400 ? fileName.substring(fileName.length() - 400) : fileName)
                .param("policy", policyId)
                .param("chunkSize", chunkSize)
                .param("now", timestamp(now))
                .update();
        record Stored(UUID id, int chunkSize, boolean finished) {}
        Stored run = jdbc.sql("select id, chunk_size, finished_at is not null from rights_batch_run"
                        + " where file_sha256 = :sha and policy_id = :policy")
                .param("sha", fileSha256)
                .param("policy", policyId)
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBoolean(3)))
                .single();
        Set<Integer> committed = new HashSet<>();
        long[] people = {0};
        jdbc.sql("select chunk, people from rights_batch_chunk where run_id = :run")
                .param("run", run.id())
                .query(rs -> {
                    committed.add(rs.getInt(1));
                    people[0] += rs.getInt(2);
                });
        return new Run(run.id(), run.chunkSize(), committed, people[0], run.finished());
    }

    @Override
    public void chunkCommitted(UUID run, int chunk, int people, int credited, long amountCents, Instant now) {
        jdbc.sql("""
                insert into rights_batch_chunk (run_id, chunk, people, credited, amount_cents, committed_at)
                values (:run, :chunk, :people, :credited, :amount, :now)""")
                .param("run", run)
                .param("chunk", chunk)
                .param("people", people)
                .param("credited", credited)
                .param("amount", amountCents)
                .param("now", timestamp(now))
                .update();
    }

    @Override
    public void finish(UUID run, Instant now) {
        jdbc.sql("update rights_batch_run set finished_at = :now where id = :run and finished_at is null")
                .param("run", run)
                .param("now", timestamp(now))
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
