package nl.leerbudget.register.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.register.Finding;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingStatus;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.ProviderView;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the register API. Amounts are decimal strings in euros. */
final class RegisterJson {

    private RegisterJson() {}

    record Mark(QualityMark.Scheme scheme, @Nullable String code, LocalDate validFrom, LocalDate validUntil) {
        static Mark of(QualityMark m) {
            return new Mark(m.scheme(), m.code(), m.validFrom(), m.validUntil());
        }
    }

    record Provider(
            UUID id,
            String kvk,
            String name,
            @Nullable String iban,
            ProviderStatus status,
            String statusReason,
            Instant statusChangedAt,
            List<Mark> qualityMarks) {
        static Provider of(ProviderView p) {
            return new Provider(
                    p.id().value(),
                    p.kvk(),
                    p.name(),
                    p.iban(),
                    p.status(),
                    p.statusReason(),
                    p.statusChangedAt(),
                    p.qualityMarks().stream().map(Mark::of).toList());
        }
    }

    record Details(
            OfferingType type,
            String name,
            String description,
            @Nullable Integer level,
            int studyLoad,
            OfferingDetails.StudyLoadUnit studyLoadUnit,
            String price,
            String vat,
            String eligibleCost,
            OfferingDetails.Modality modality,
            @Nullable String location,
            List<LocalDate> startDates,
            @Nullable Integer maxParticipants,
            List<String> fieldsOfStudy,
            List<String> skills,
            boolean recognised) {
        static Details of(OfferingDetails d) {
            return new Details(
                    d.type(),
                    d.name(),
                    d.description(),
                    d.level(),
                    d.studyLoad(),
                    d.studyLoadUnit(),
                    Money.cents(d.priceCents()).toDecimalString(),
                    Money.cents(d.vatCents()).toDecimalString(),
                    Money.cents(d.eligibleCostCents()).toDecimalString(),
                    d.modality(),
                    d.location(),
                    d.startDates(),
                    d.maxParticipants(),
                    d.fieldsOfStudy(),
                    d.skills(),
                    d.recognised());
        }
    }

    record Offering(
            UUID id,
            UUID providerId,
            String providerName,
            int version,
            Details details,
            OfferingStatus status,
            String statusReason,
            List<Finding> findings,
            boolean bookable,
            String bookableReason,
            Instant updatedAt) {
        static Offering of(OfferingView o) {
            return new Offering(
                    o.id().value(),
                    o.provider().value(),
                    o.providerName(),
                    o.version(),
                    Details.of(o.details()),
                    o.status(),
                    o.statusReason(),
                    o.findings(),
                    o.bookable(),
                    o.bookableReason(),
                    o.updatedAt());
        }
    }
}
