package nl.leerbudget.funding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A deposit file as the funder previews it: how many lines and how much in total, every bad line with its number and
 * reason, and whether it (or the same file uploaded before) has been deposited.
 *
 * @param total the sum of the good lines
 * @param depositedAt when this upload was confirmed and booked; null: not yet
 * @param sameFileDepositedAt when the same file, uploaded earlier, was deposited; confirming this one then books
 *     nothing again
 */
public record DepositUpload(
        UUID id,
        AccountId funder,
        String fileName,
        DepositTerms terms,
        int lines,
        Money total,
        List<FileProblem> problems,
        Instant createdAt,
        @Nullable Instant depositedAt,
        @Nullable Instant sameFileDepositedAt) {

    public DepositUpload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(terms, "terms");
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
