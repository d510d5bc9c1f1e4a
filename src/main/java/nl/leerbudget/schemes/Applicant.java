package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of a scheme need to know about a person.
 *
 * @param tiedToDutchLabourMarket lives or works in the Netherlands (STAP: "binding met de Nederlandse arbeidsmarkt")
 * @param sector the code of the sector the person works in; null when they work in none or it is unknown
 * @param positions where the person stands on the labour market on the day in question; empty when unknown
 * @param literacyProgramme takes part in a programme for basic skills (taal, rekenen, digitale vaardigheden)
 */
public record Applicant(
        LocalDate birthDate,
        boolean tiedToDutchLabourMarket,
        EducationLevel highestEducationLevel,
        @Nullable String sector,
        Set<LabourMarketPosition> positions,
        boolean literacyProgramme) {

    public Applicant {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(highestEducationLevel, "highestEducationLevel");
        if (sector != null && sector.isBlank()) {
            throw new IllegalArgumentException("a sector code is not blank; use null for none");
        }
        positions = Objects.requireNonNull(positions, "positions").isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(positions));
    }

    /** A person of whom the rules know nothing beyond the facts of the first schemes (no position, no programme). */
    public Applicant(
            LocalDate birthDate,
            boolean tiedToDutchLabourMarket,
            EducationLevel highestEducationLevel,
            @Nullable String sector) {
        this(birthDate, tiedToDutchLabourMarket, highestEducationLevel, sector, Set.of(), false);
    }

    /** The same person, receiving a benefit on the day in question (or not). */
    public Applicant receivingBenefit(boolean receiving) {
        if (receiving == positions.contains(LabourMarketPosition.BENEFIT_RECIPIENT)) {
            return this;
        }
        EnumSet<LabourMarketPosition> changed = EnumSet.noneOf(LabourMarketPosition.class);
        changed.addAll(positions);
        if (receiving) {
            changed.add(LabourMarketPosition.BENEFIT_RECIPIENT);
        } else {
            changed.remove(LabourMarketPosition.BENEFIT_RECIPIENT);
        }
        return new Applicant(
                birthDate, tiedToDutchLabourMarket, highestEducationLevel, sector, changed, literacyProgramme);
    }
}
