package nl.leerbudget.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerbudget.shared.PersonId;

/** A synthetic person: id, date of birth and education history in chronological order (empty if unknown). */
public record Person(PersonId id, LocalDate birthDate, List<EducationPeriod> history) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(birthDate, "birthDate");
        history = List.copyOf(history);
        for (int i = 1; i < history.size(); i++) {
            if (!history.get(i).start().isAfter(history.get(i - 1).end())) {
                throw new IllegalArgumentException("periods overlap or are out of order: " + history);
            }
        }
    }

    public EducationLevel highestCompletedLevel() {
        return EducationLevel.highestCompleted(history);
    }
}
