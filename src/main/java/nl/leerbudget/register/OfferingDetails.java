package nl.leerbudget.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * What a provider says about one version of an offering. Amounts in euro cents.
 *
 * @param level NLQF level 1 to 8, where the offering has one
 * @param studyLoad in hours or European credits ({@code studyLoadUnit})
 * @param priceCents the price including VAT
 * @param vatCents the VAT within the price
 * @param eligibleCostCents the part of the price that public money may pay (tuition, exam; not materials)
 * @param location a place name, or null for online offerings
 * @param maxParticipants null: no maximum
 * @param skills the ESCO skills the offering adds, as ESCO's skill URIs ({@link #ESCO_SKILL}), at most
 *     {@value #MAX_SKILLS}; the register's API and OOAPI import check them (versions stored before skills were ESCO
 *     URIs keep the codes they had, which match no skill)
 * @param recognised OCW-recognised (publicly funded) education
 */
public record OfferingDetails(
        OfferingType type,
        String name,
        String description,
        @Nullable Integer level,
        int studyLoad,
        StudyLoadUnit studyLoadUnit,
        long priceCents,
        long vatCents,
        long eligibleCostCents,
        Modality modality,
        @Nullable String location,
        List<LocalDate> startDates,
        @Nullable Integer maxParticipants,
        List<String> fieldsOfStudy,
        List<String> skills,
        boolean recognised) {

    /** An ESCO skill URI: {@code http://data.europa.eu/esco/skill/} and a UUID. */
    public static final java.util.regex.Pattern ESCO_SKILL = java.util.regex.Pattern.compile(
            "http://data\\.europa\\.eu/esco/skill/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public static final int MAX_SKILLS = 25;

    public enum StudyLoadUnit {
        HOURS,
        EC
    }

    public enum Modality {
        IN_PERSON,
        ONLINE,
        BLENDED
    }

    public OfferingDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(studyLoadUnit, "studyLoadUnit");
        Objects.requireNonNull(modality, "modality");
        startDates = List.copyOf(startDates);
        fieldsOfStudy = List.copyOf(fieldsOfStudy);
        skills = List.copyOf(skills);
        if (priceCents < 0 || vatCents < 0 || eligibleCostCents < 0 || studyLoad < 0) {
            throw new IllegalArgumentException("amounts and study load are never negative");
        }
        if (level != null && (level < 1 || level > 8)) {
            throw new IllegalArgumentException("an NLQF level is 1 to 8");
        }
    }

    /** The same offering teaching these skills. */
    public OfferingDetails withSkills(List<String> newSkills) {
        return new OfferingDetails(
                type,
                name,
                description,
                level,
                studyLoad,
                studyLoadUnit,
                priceCents,
                vatCents,
                eligibleCostCents,
                modality,
                location,
                startDates,
                maxParticipants,
                fieldsOfStudy,
                newSkills,
                recognised);
    }
}
