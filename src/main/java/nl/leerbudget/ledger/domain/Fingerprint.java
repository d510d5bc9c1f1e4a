package nl.leerbudget.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import nl.leerbudget.ledger.BulkCredit;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferOrder;
import org.jspecify.annotations.Nullable;

/**
 * A digest of a command's content, to tell a replay (same id, same content) from a conflict (same id, other content).
 * Built from an explicit canonical text, not from {@code toString}, so that set order and record changes cannot make
 * the same command look different.
 */
public final class Fingerprint {

    private Fingerprint() {}

    public static String of(LedgerCommand command) {
        var text = new StringBuilder(256);
        for (OpenAccount open : command.opens()) {
            text.append("open|")
                    .append(open.id())
                    .append('|')
                    .append(open.kind())
                    .append('|')
                    .append(open.unit())
                    .append('|')
                    .append(open.name())
                    .append('|')
                    .append(open.allowNegative())
                    .append('|')
                    .append(open.funderType());
            CompartmentTerms terms = open.compartment();
            if (terms != null) {
                text.append('|')
                        .append(terms.learningAccount())
                        .append('|')
                        .append(terms.funder())
                        .append('|')
                        .append(sorted(terms.conditions().offeringTypes()))
                        .append('|')
                        .append(terms.conditions().recognisedOnly())
                        .append('|')
                        .append(terms.conditions().offeringId())
                        .append('|')
                        .append(sorted(terms.conditions().sectors()))
                        .append(laterConditions(terms.conditions()))
                        .append('|')
                        .append(terms.validFrom())
                        .append('|')
                        .append(terms.validUntil())
                        .append('|')
                        .append(terms.expiryRule());
            }
            text.append('\n');
        }
        for (TransferOrder order : command.orders()) {
            text.append(
                    switch (order) {
                        case TransferOrder.Move m ->
                            "move|%s|%s|%d|%s|%s".formatted(m.debit(), m.credit(), m.amount(), m.code(), m.reference())
                                    + offering(m.offeringId());
                        case TransferOrder.Hold h ->
                            "hold|%s|%s|%d|%s|%s|%s"
                                            .formatted(
                                                    h.debit(),
                                                    h.credit(),
                                                    h.amount(),
                                                    h.code(),
                                                    h.timeout(),
                                                    h.reference())
                                    + offering(h.offeringId());
                        case TransferOrder.Settle s -> "settle|%s|%s".formatted(s.hold(), s.amount());
                        case TransferOrder.Release r -> "release|%s".formatted(r.hold());
                        case TransferOrder.Reverse r -> "reverse|%s|%s".formatted(r.transfer(), r.reference());
                    });
            text.append('\n');
        }
        return sha256(text.toString());
    }

    /** Only a payment that names an offering adds it, so that the fingerprints of earlier commands stay the same. */
    private static String offering(@Nullable String offeringId) {
        return offeringId == null ? "" : "|offering=" + offeringId;
    }

    /**
     * The conditions on level, occupations and provider, only where one is set, so that the fingerprints of commands
     * made before the ledger had them stay the same.
     */
    private static String laterConditions(CompartmentConditions conditions) {
        if (!conditions.limitsLevelOccupationOrProvider()) {
            return "";
        }
        return "|levels=" + sorted(conditions.levels()) + "|occupations=" + sorted(conditions.occupations())
                + "|providers=" + sorted(conditions.providers());
    }

    private static String sorted(Set<?> values) {
        var names = new TreeSet<String>();
        values.forEach(value -> names.add(value.toString()));
        return String.join(",", names);
    }

    /** The fingerprint of a bulk credit; a prefix tells it from any ordinary command's. */
    public static String of(BulkCredit credit) {
        var text = new StringBuilder(128 + credit.lines().size() * 160);
        CompartmentConditions conditions = credit.conditions();
        text.append("bulk|")
                .append(credit.funder())
                .append('|')
                .append(credit.code())
                .append('|')
                .append(credit.label())
                .append('|')
                .append(sorted(conditions.offeringTypes()))
                .append('|')
                .append(conditions.recognisedOnly())
                .append('|')
                .append(conditions.offeringId())
                .append('|')
                .append(sorted(conditions.sectors()))
                .append(laterConditions(conditions))
                .append('|')
                .append(credit.expiryRule())
                .append('\n');
        for (BulkCredit.Line line : credit.lines()) {
            text.append(line.person())
                    .append('|')
                    .append(line.compartment())
                    .append('|')
                    .append(line.transfer())
                    .append('|')
                    .append(line.amount())
                    .append('|')
                    .append(line.validFrom())
                    .append('|')
                    .append(line.validUntil())
                    .append('|')
                    .append(line.reference());
            if (line.offeringId() != null) {
                text.append('|').append(line.offeringId());
            }
            text.append('\n');
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
