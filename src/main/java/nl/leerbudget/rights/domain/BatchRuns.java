package nl.leerbudget.rights.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Runs of the national batch and the chunks each committed, so that a restarted run skips what is done. */
public interface BatchRuns {

    /** The run of this file under this policy: started now, or the earlier one with the chunks it committed. */
    Run start(String fileSha256, String fileName, String policyId, int chunkSize, Instant now);

    /** Records a committed chunk, in the chunk's own transaction. */
    void chunkCommitted(UUID run, int chunk, int people, int credited, long amountCents, Instant now);

    void finish(UUID run, Instant now);

    /**
     * A run.
     *
     * @param chunkSize the chunk size the run started with: a restart keeps it, so chunk numbers mean the same lines
     * @param committed the chunks committed so far
     * @param people people in those chunks
     */
    record Run(UUID id, int chunkSize, Set<Integer> committed, long people, boolean finished) {
        public Run {
            committed = Set.copyOf(committed);
        }
    }
}
