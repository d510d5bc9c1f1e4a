package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What the basisregistraties say about a person, as far as the rules of a scheme need it: the birth date (BRP), the
 * tie to the Dutch labour market, the sector and the position on the labour market (UWV, Chamber of Commerce), the
 * highest education completed (DUO), and taking part in a basic-skills programme (the municipality). Receiving a
 * benefit is not among them: that comes from the benefit facts, per day (see {@link Applicant#receivingBenefit}).
 *
 * @param positions employed, self-employed, job seeker; never {@link LabourMarketPosition#BENEFIT_RECIPIENT}
 */
public record ApplicantFacts(
        PersonId person,
        LocalDate birthDate,
        boolean tiedToDutchLabourMarket,
        EducationLevel highestEducationLevel,
        @Nullable String sector,
        Set<LabourMarketPosition> positions,
        boolean literacyProgramme) {

    public ApplicantFacts {
        Objects.requireNonNull(person, "person");
        positions = Objects.requireNonNull(positions, "positions").isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(positions));
        if (positions.contains(LabourMarketPosition.BENEFIT_RECIPIENT)) {
            throw new IllegalArgumentException("receiving a benefit comes from the benefit facts, per day");
        }
    }

    public ApplicantFacts(
            PersonId person,
            LocalDate birthDate,
            boolean tiedToDutchLabourMarket,
            EducationLevel highestEducationLevel,
            @Nullable String sector) {
        this(person, birthDate, tiedToDutchLabourMarket, highestEducationLevel, sector, Set.of(), false);
    }

    public Applicant applicant() {
        return new Applicant(
                birthDate, tiedToDutchLabourMarket, highestEducationLevel, sector, positions, literacyProgramme);
    }
}
