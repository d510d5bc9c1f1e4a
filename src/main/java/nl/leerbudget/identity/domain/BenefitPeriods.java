package nl.leerbudget.identity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.identity.BenefitKind;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** The benefit facts as stored: deliveries and the periods they brought. */
public interface BenefitPeriods {

    /** A delivery that was imported, with the digest of its content. */
    record StoredDelivery(
            UUID id, String source, String digest, int lines, int people, String deliveredBy, Instant deliveredAt) {}

    /**
     * The person with this BSN (by its keyed hash, as the person registry keeps it) receives {@code benefit} from
     * {@code source} from {@code startsOn} to {@code endsOn} (null: on).
     */
    record Period(
            String bsnLookup,
            String source,
            BenefitKind benefit,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    Optional<StoredDelivery> delivery(UUID id);

    /**
     * Stores the delivery and its periods; a period with the same person, source, benefit and first day as a stored
     * one replaces it.
     */
    void insert(StoredDelivery delivery, List<Period> periods);

    /** Those of {@code people} (registered people) with a period that includes {@code day}. */
    Set<PersonId> receivingOn(Collection<PersonId> people, LocalDate day);
}
