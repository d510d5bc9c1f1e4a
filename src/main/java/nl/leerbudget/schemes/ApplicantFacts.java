package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.util.Objects;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What the basisregistraties say about a person, as far as the rules of a scheme need it: the birth date (BRP), the
 * tie to the Dutch labour market and the sector (UWV), the highest education completed (DUO).
 */
public record ApplicantFacts(
        PersonId person,
        LocalDate birthDate,
        boolean tiedToDutchLabourMarket,
        EducationLevel highestEducationLevel,
        @Nullable String sector) {

    public ApplicantFacts {
        Objects.requireNonNull(person, "person");
    }

    public Applicant applicant() {
        return new Applicant(birthDate, tiedToDutchLabourMarket, highestEducationLevel, sector);
    }
}
