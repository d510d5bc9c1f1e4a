package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of a scheme need to know about a person.
 *
 * @param tiedToDutchLabourMarket lives or works in the Netherlands (STAP: "binding met de Nederlandse arbeidsmarkt")
 * @param sector the code of the sector the person works in; null when they work in none or it is unknown
 */
public record Applicant(
        LocalDate birthDate,
        boolean tiedToDutchLabourMarket,
        EducationLevel highestEducationLevel,
        @Nullable String sector) {

    public Applicant {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(highestEducationLevel, "highestEducationLevel");
        if (sector != null && sector.isBlank()) {
            throw new IllegalArgumentException("a sector code is not blank; use null for none");
        }
    }
}
