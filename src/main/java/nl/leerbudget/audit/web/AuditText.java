package nl.leerbudget.audit.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.leerbudget.audit.AuditVerification;
import nl.leerbudget.ledger.Ledger;

/** Dutch wording for the audit pages. */
public final class AuditText {

    static final AuditText INSTANCE = new AuditText();

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss", Locale.forLanguageTag("nl-NL"));

    private AuditText() {}

    public String moment(Instant at) {
        return MOMENT.format(at.atZone(Ledger.ZONE));
    }

    public String reason(AuditVerification.Reason reason) {
        return switch (reason) {
            case HASH_MISMATCH -> "de inhoud van dit record is veranderd (de controlesom klopt niet)";
            case PREVIOUS_HASH_MISMATCH -> "dit record sluit niet aan op het record ervoor";
            case SEQ_GAP -> "hier ontbreekt een record";
            case HEAD_MISMATCH -> "het einde van de keten klopt niet met het laatst vastgelegde record";
        };
    }
}
