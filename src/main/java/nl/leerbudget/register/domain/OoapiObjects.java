package nl.leerbudget.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.shared.Page;
import org.jspecify.annotations.Nullable;

/**
 * The OOAPI objects providers imported, as they sent them (JSON text), and which register offering each program or
 * course became. OOAPI ids are UUIDs; each belongs to one provider.
 */
public interface OoapiObjects {

    record OoapiOrganization(UUID id, ProviderId provider, String content) {
        public OoapiOrganization {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(provider, "provider");
        }
    }

    /** A program or course and the register offering it became. */
    record OoapiEducation(UUID id, OoapiKind kind, ProviderId provider, OfferingId offering, String content) {
        public OoapiEducation {
            if (!kind.isEducation()) {
                throw new IllegalArgumentException("an education is a program or a course, not " + kind);
            }
        }
    }

    /** A program or course offering, and the program or course ({@code education}) it offers. */
    record OoapiOffering(
            UUID id,
            OoapiKind kind,
            UUID education,
            ProviderId provider,
            LocalDate startDate,
            LocalDate endDate,
            String content) {
        public OoapiOffering {
            if (!kind.isOffering()) {
                throw new IllegalArgumentException("not an offering: " + kind);
            }
        }
    }

    Optional<OoapiOrganization> organization(UUID id);

    Optional<OoapiEducation> education(UUID id);

    Optional<OoapiOffering> offering(UUID id);

    /** The offerings stored for a program or course, by start date. */
    List<OoapiOffering> offeringsOf(UUID education);

    /** Inserts or replaces. */
    void save(OoapiOrganization organization, Instant now);

    void save(OoapiEducation education, Instant now);

    void save(OoapiOffering offering, Instant now);

    // The public reads: only what belongs to an ADMITTED register offering (or, for organizations, provider).

    /** The content of courses whose register offering is admitted, by register name. */
    Page<String> admittedCourses(int page, int pageSize);

    Optional<String> admittedCourse(UUID id);

    /**
     * The content of offerings whose program or course is admitted, chronologically: starting on or after
     * {@code since} and, if given, ending on or before {@code until}; only of one course if {@code course} is given.
     */
    Page<String> admittedOfferings(
            @Nullable UUID course, LocalDate since, @Nullable LocalDate until, int page, int pageSize);

    Optional<String> admittedOffering(UUID id);

    /** An organization recorded by a provider that the register admitted. */
    Optional<String> organizationOfAdmittedProvider(UUID id);
}
