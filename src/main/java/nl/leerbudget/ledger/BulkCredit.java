package nl.leerbudget.ledger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * New compartments for many people at once, each filled by one transfer from the same funder account: the learning
 * rights of a whole population, a chunk at a time. One command: all of it is written, or nothing. People without a
 * learning account get one. Every compartment is new; it has the same label, conditions and expiry rule as the others
 * and its own validity period.
 *
 * @param command the idempotency key: the same command again with the same content is a replay that writes nothing
 * @param funder the funder account (or the budget account of a voucher scheme) every transfer debits; it also becomes
 *     each compartment's funder
 * @param code why the money moves (usually {@link TransferCode#DEPOSIT})
 * @param lines one per person, each with a positive amount in cents
 */
public record BulkCredit(
        CommandId command,
        AccountId funder,
        TransferCode code,
        String label,
        CompartmentConditions conditions,
        ExpiryRule expiryRule,
        List<Line> lines) {

    /** At most this many lines in one command: a chunk is one transaction. */
    public static final int MAX_LINES = 100_000;

    public BulkCredit {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(expiryRule, "expiryRule");
        if (label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("label must have 1 to 200 characters");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a bulk credit has 1 to " + MAX_LINES + " lines");
        }
        Set<PersonId> people = new HashSet<>();
        Set<AccountId> compartments = new HashSet<>();
        Set<TransferId> transfers = new HashSet<>();
        for (Line line : lines) {
            if (!people.add(line.person())
                    || !compartments.add(line.compartment())
                    || !transfers.add(line.transfer())) {
                throw new IllegalArgumentException("a person, compartment or transfer occurs twice: " + line);
            }
        }
    }

    /** The sum of all lines, in cents. */
    public long total() {
        long total = 0;
        for (Line line : lines) {
            total = Math.addExact(total, line.amount());
        }
        return total;
    }

    /**
     * One person's new compartment and the transfer that fills it.
     *
     * @param reference shown on the person's statement, e.g. the basis of the amount; may be null
     * @param offeringId the one offering this compartment may pay for (a voucher granted for one training), in place
     *     of the command's {@link CompartmentConditions#offeringId()}; null: as the command's conditions say
     */
    public record Line(
            PersonId person,
            AccountId compartment,
            TransferId transfer,
            long amount,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            @Nullable String reference,
            @Nullable String offeringId) {

        public Line(
                PersonId person,
                AccountId compartment,
                TransferId transfer,
                long amount,
                @Nullable LocalDate validFrom,
                @Nullable LocalDate validUntil,
                @Nullable String reference) {
            this(person, compartment, transfer, amount, validFrom, validUntil, reference, null);
        }

        public Line {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(compartment, "compartment");
            Objects.requireNonNull(transfer, "transfer");
            if (amount <= 0) {
                throw new IllegalArgumentException("the amount must be greater than zero");
            }
            if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
                throw new IllegalArgumentException("validUntil must not be before validFrom");
            }
            if (reference != null && reference.length() > 200) {
                throw new IllegalArgumentException("a reference has at most 200 characters");
            }
            if (offeringId != null) {
                // The same rule as for the conditions of any compartment.
                new CompartmentConditions(Set.of(), false, offeringId, Set.of());
            }
        }
    }

    /** What became of a bulk credit. */
    public sealed interface Result {

        CommandId command();

        /** Written now, or earlier ({@code replayed}) with the same content. */
        record Credited(CommandId command, int compartments, int learningAccountsOpened, long total, boolean replayed)
                implements Result {}

        /** The funder account is unknown, of another kind or unit, or cannot pay; nothing was written. */
        record Rejected(CommandId command, LedgerRule rule, String detail) implements Result {}

        /** The command id was used before for other content; nothing was written. */
        record IdConflict(CommandId command) implements Result {}
    }
}
