package nl.leerbudget.funding.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.funding.DepositTerms;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import org.jspecify.annotations.Nullable;

/** Deposit files between their preview and their confirmation. */
public interface Uploads {

    /**
     * An upload as stored: its checked lines and problems (see {@link CheckedFile}; never the file itself, whose BSNs
     * stay in the person registry) and the terms chosen for it.
     */
    record Stored(
            UUID id,
            AccountId funder,
            String fileName,
            String sha256,
            CheckedFile checked,
            DepositTerms terms,
            CommandId command,
            String createdBy,
            Instant createdAt,
            @Nullable Instant depositedAt) {}

    void insert(Stored upload);

    Optional<Stored> find(UUID id);

    /** The upload, locked until the transaction ends. */
    Optional<Stored> lock(UUID id);

    void markDeposited(UUID id, Instant at);

    /** When a file with this hash was first deposited by the funder, if ever. */
    Optional<Instant> depositedBefore(AccountId funder, String sha256);

    /** The funder's uploads, newest first, without their lines and problems (only how many). */
    List<Stored> recent(AccountId funder, int limit);
}
