package nl.leerbudget.ledger.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import nl.leerbudget.ledger.CommandId;

/** The idempotency record: which command ids were executed, with the fingerprint of their content. */
public interface Commands {

    Map<CommandId, String> fingerprints(Collection<CommandId> ids);

    /** Records executed commands; fails with a duplicate-key error if another transaction recorded one first. */
    void insert(Map<CommandId, String> fingerprints, Instant executedAt);
}
