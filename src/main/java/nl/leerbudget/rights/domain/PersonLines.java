package nl.leerbudget.rights.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.HistoryImport.LineError;
import nl.leerbudget.rights.PersonLine;
import nl.leerbudget.shared.PersonId;

/**
 * Reads the lines of a population file or an imported CSV file: {@code person_id,birth_date,history}, the history in
 * the compact notation of {@link EducationPeriod}, periods separated by {@code ;} (empty: no education recorded). The
 * first line is this header.
 */
public final class PersonLines {

    public static final String HEADER = "person_id,birth_date,history";

    private PersonLines() {}

    /** One line, or what is wrong with it. */
    public sealed interface Parsed {}

    public record Valid(PersonLine person) implements Parsed {}

    public record Invalid(List<LineError> errors) implements Parsed {}

    /** Reads line {@code number} (the header being line 1). */
    public static Parsed parse(String line, int number) {
        int first = line.indexOf(',');
        int second = first < 0 ? -1 : line.indexOf(',', first + 1);
        if (first < 0 || second < 0 || line.indexOf(',', second + 1) >= 0) {
            return new Invalid(List.of(
                    new LineError(number, "line", "Een regel heeft drie velden: person_id, birth_date en history.")));
        }
        List<LineError> errors = new ArrayList<>();
        PersonId person = null;
        try {
            person = new PersonId(UUID.fromString(line.substring(0, first).strip()));
        } catch (IllegalArgumentException e) {
            errors.add(new LineError(number, "person_id", "Geen geldig persoonsnummer (UUID)."));
        }
        LocalDate birthDate = null;
        try {
            birthDate = LocalDate.parse(line.substring(first + 1, second).strip());
        } catch (DateTimeParseException e) {
            errors.add(new LineError(number, "birth_date", "Geen geldige geboortedatum (JJJJ-MM-DD)."));
        }
        List<EducationPeriod> periods = new ArrayList<>();
        String history = line.substring(second + 1).strip();
        if (!history.isEmpty()) {
            String[] parts = history.split(";", -1);
            for (int i = 0; i < parts.length; i++) {
                try {
                    periods.add(EducationPeriod.parse(parts[i]));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    errors.add(new LineError(number, "history", "Periode " + (i + 1) + ": " + e.getMessage()));
                }
            }
        }
        LocalDate born = birthDate;
        if (born != null && periods.stream().anyMatch(p -> p.start().isBefore(born))) {
            errors.add(new LineError(number, "history", "Een periode begint voor de geboortedatum."));
        }
        if (!errors.isEmpty() || person == null || birthDate == null) {
            return new Invalid(errors);
        }
        return new Valid(new PersonLine(person, birthDate, periods));
    }
}
