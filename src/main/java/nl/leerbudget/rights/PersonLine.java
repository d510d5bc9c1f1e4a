package nl.leerbudget.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerbudget.shared.PersonId;

/** One person as a file brings them: who, when born, and the periods of their education history. */
public record PersonLine(PersonId person, LocalDate birthDate, List<EducationPeriod> periods) {

    public PersonLine {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(birthDate, "birthDate");
        periods = List.copyOf(periods);
    }
}
