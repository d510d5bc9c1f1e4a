package nl.leerbudget.rights.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.leerbudget.rights.EducationHistory;
import nl.leerbudget.rights.HistorySource;

/** One version of a person's education history as the register keeps it, with the birth date it came with. */
public record StoredHistory(EducationHistory history, LocalDate birthDate, HistorySource source, Instant recordedAt) {

    public StoredHistory {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
